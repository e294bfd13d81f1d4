/**
 * The shortlist side by side with RPI: one table for saved programs (a row per fact) and one for saved roles
 * (the role and the skills RPI's themes cover), each with an RPI column first and a column per saved item.
 * The tables scroll sideways in their own focusable region, so keyboard users can scroll them too.
 */
import type { ComponentChildren } from 'preact';
import { PROGRAM_ROWS } from '../core/compare';
import type { ComparisonRow } from '../core/types';
import { RPI_PROGRAM } from '../data/rpi-program';
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { factLabel, verdictLabel, verdictTone } from './comparison-labels';
import { safeHttpUrl } from './comparison-reference';
import { t } from './i18n';
import { careerSummary, programCell, rpiDisplay } from './shortlist-values';

export interface ShortlistCompareProps {
  items: readonly ShortlistItem[];
}

export function ShortlistCompare({ items }: ShortlistCompareProps) {
  const programs = items.filter((item) => item.kind === 'mba-program');
  const roles = items.filter((item) => item.kind === 'ai-career');
  return (
    <>
      {programs.length > 0 && <ProgramTable items={programs} />}
      {roles.length > 0 && <RoleTable items={roles} />}
    </>
  );
}

function ItemHeader({ item }: { item: ShortlistItem }) {
  const href = safeHttpUrl(item.url);
  return (
    <th scope="col" class="item-col">
      {href === null ? item.title : (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {item.title}
        </a>
      )}
    </th>
  );
}

/** The fact column, RPI's column, then a column per saved item headed by its linked title. */
function TableHead({ items }: ShortlistCompareProps) {
  return (
    <thead>
      <tr>
        <th scope="col">{t('shortlistFactColumn')}</th>
        <th scope="col" class="rpi-col">
          {t('shortlistRpiColumn')}
        </th>
        {items.map((item) => (
          <ItemHeader key={item.id} item={item} />
        ))}
      </tr>
    </thead>
  );
}

function Verdict({ row }: { row: ComparisonRow | null }) {
  if (row === null) return null;
  return <span class={`verdict tone-${verdictTone(row.verdict)}`}>{verdictLabel(row.verdict)}</span>;
}

function ScrollRegion({ labelId, children }: { labelId: string; children: ComponentChildren }) {
  return (
    // A scrollable region must be focusable for keyboard users (WCAG 2.1.1); its name comes from the caption.
    <div class="table-scroll" role="region" aria-labelledby={labelId} tabIndex={0}>
      {children}
    </div>
  );
}

function ProgramTable({ items }: ShortlistCompareProps) {
  return (
    <ScrollRegion labelId="compare-programs-caption">
      <table class="side-by-side">
        <caption id="compare-programs-caption">{t('shortlistComparePrograms')}</caption>
        <TableHead items={items} />
        <tbody>
          {PROGRAM_ROWS.map((fact) => (
            <tr key={fact} data-fact={fact}>
              <th scope="row">{factLabel(fact)}</th>
              <td class="rpi-col">{rpiDisplay(fact)}</td>
              {items.map((item) => {
                const cell = programCell(item, fact);
                return (
                  <td key={item.id}>
                    {cell.row === null || cell.row.page === null ? (
                      // Silence needs no verdict chip: the muted text already says it.
                      <span class="not-stated">{cell.text}</span>
                    ) : (
                      <>
                        <span>{cell.text}</span> <Verdict row={cell.row} />
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function SkillList({ skills }: { skills: readonly string[] }) {
  if (skills.length === 0) return <span class="not-stated">{t('shortlistNone')}</span>;
  return (
    <ul class="skill-list">
      {skills.map((skill) => (
        <li key={skill}>{skill}</li>
      ))}
    </ul>
  );
}

function RoleTable({ items }: ShortlistCompareProps) {
  const summaries = items.map((item) => ({ item, summary: careerSummary(item) }));
  const themes = RPI_PROGRAM.themes.map((theme) => theme.title);
  return (
    <ScrollRegion labelId="compare-roles-caption">
      <table class="side-by-side">
        <caption id="compare-roles-caption">{t('shortlistCompareRoles')}</caption>
        <TableHead items={items} />
        <tbody>
          <tr data-fact="role">
            <th scope="row">{factLabel('role')}</th>
            <td class="rpi-col">
              <SkillList skills={RPI_PROGRAM.careerPathways.map((pathway) => pathway.title)} />
            </td>
            {summaries.map(({ item, summary }) => (
              <td key={item.id}>
                {summary.role === null ? (
                  <span class="not-stated">{item.facts === null ? t('shortlistFactsNotSaved') : t('shortlistNotStated')}</span>
                ) : (
                  <>
                    <span>{String(summary.role.page)}</span> <Verdict row={summary.role} />
                    {summary.role.reference !== null && <span class="muted block">{t('shortlistRoleMatches', String(summary.role.reference))}</span>}
                  </>
                )}
              </td>
            ))}
          </tr>
          {(['covered', 'partly', 'not-covered'] as const).map((verdict) => (
            <tr key={verdict} data-fact={`skills-${verdict}`}>
              <th scope="row">{t(SKILL_ROW_KEYS[verdict])}</th>
              <td class="rpi-col">{verdict === 'covered' ? <SkillList skills={themes} /> : null}</td>
              {summaries.map(({ item, summary }) => (
                <td key={item.id}>
                  <SkillList skills={summary.skills[verdict]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const SKILL_ROW_KEYS = {
  covered: 'shortlistSkillsCovered',
  partly: 'shortlistSkillsPartly',
  'not-covered': 'shortlistSkillsNotCovered',
} as const;
