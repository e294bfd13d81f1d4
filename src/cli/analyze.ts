/**
 * `npm run analyze -- [--url URL] FILE...` (DESIGN §5): one JSON object per file and per line on stdout, from
 * the same core the content script runs, over linkedom's DOM. A file that cannot be read or parsed gives an
 * object with "error" and the run goes on; the exit status is non-zero only for bad usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeSource } from './analyze-source';

const USAGE = 'usage: npm run analyze -- [--url URL] FILE...';

async function analyzeFile(file: string, explicitUrl: string | undefined): Promise<object> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    return { file, error: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  if (source.slice(0, 8_192).includes('\u0000')) return { file, error: 'not an HTML or text file' };
  try {
    return analyzeSource(source, file, explicitUrl);
  } catch (error) {
    return { file, error: `cannot analyse file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`analyze: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const file of parsed.positionals) {
    const line = await analyzeFile(file, parsed.values.url);
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
