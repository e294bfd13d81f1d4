/**
 * Static ReDoS analysis of one regular expression: eslint-plugin-regexp's checks for super-linear backtracking,
 * run by ESLint's Linter on the expression written as a literal. They read the expression's structure (its AST and
 * automata built from it), never run it, so the verdict is the same on any machine under any load.
 *
 * - `no-super-linear-backtracking`: a quantifier that can reach itself through an enclosing loop, or trade
 *   characters with another (`(a+)+$`, `\s*\s*$`): exponential or polynomial work in a single match attempt.
 * - `no-super-linear-move`: a quantifier every start position rescans before the match fails (`\s+$`): quadratic
 *   over the scan of a whole text, which is how the core runs its expressions (`findInBlocks`, `replace`).
 * - `no-dupe-disjunctions`, only its reports of exponential backtracking: alternatives that can match the same
 *   text inside a loop (`^(a|a)*$`, `^(\w|\d)+$`). Its other reports (an alternative that can never win) are style.
 *
 * `report: 'certain'`: each expression is analysed as the whole pattern it runs as. One built from another's
 * `.source` is itself in the inventory and analysed on its own, so no report needs to assume an unknown suffix.
 */
import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';

const RULES: Linter.RulesRecord = {
  'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
  'regexp/no-super-linear-move': ['error', { report: 'certain' }],
  'regexp/no-dupe-disjunctions': ['error', { report: 'trivial', reportExponentialBacktracking: 'certain' }],
};

const CONFIG: Linter.Config[] = [
  {
    plugins: { regexp },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: RULES,
  },
];

/** The words no-dupe-disjunctions adds to a report when the ambiguity sits in a loop. */
const EXPONENTIAL = /exponential backtracking/;

const linter = new Linter({ configType: 'flat' });

/**
 * Why `regex` can backtrack super-linearly, one line per report (rule, offset in the pattern, message); empty when
 * the analysis finds nothing. A pattern the parser rejects is a finding too: it could not be analysed.
 */
export function superLinearFindings(regex: RegExp): string[] {
  const messages = linter.verify(`/${regex.source}/${regex.flags};\n`, CONFIG);
  return messages
    .filter((m) => m.ruleId !== 'regexp/no-dupe-disjunctions' || EXPONENTIAL.test(m.message))
    .map((m) => (m.ruleId === null ? `not analysed: ${m.message}` : `${m.ruleId.replace('regexp/', '')} at ${m.column - 2}: ${m.message}`));
}
