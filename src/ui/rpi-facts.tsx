/**
 * RPI's key facts, each with where it comes from and when it was checked (DESIGN §4: every RPI fact shows its
 * source). What the sources do not state reads "Not stated"; the Institute-wide tuition figures are shown only
 * under their own label, never as the MBA's tuition.
 */
import { PROGRAM_ROWS } from '../core/compare';
import type { FactSource, ReferenceProgram } from '../data/program-schema';
import { RPI_PROGRAM } from '../data/rpi-program';
import { factLabel } from './comparison-labels';
import { rpiReferenceFor, safeHttpUrl } from './comparison-reference';
import { formatIsoDate } from './format-date';
import { t } from './i18n';

export interface RpiFactsProps {
  program?: ReferenceProgram;
}

export function RpiFacts({ program = RPI_PROGRAM }: RpiFactsProps) {
  const programHref = safeHttpUrl(program.programUrl);
  return (
    <div class="rpi-facts">
      <header class="rpi-facts-head">
        <h2 id="rpi-facts-title">{program.name}</h2>
        <p class="muted">
          {program.school} · {program.institution}
          {programHref !== null && (
            <>
              {' · '}
              <a href={programHref} target="_blank" rel="noopener noreferrer">
                {t('rpiFactsProgramPage')}
              </a>
            </>
          )}
        </p>
      </header>

      <dl class="fact-list" aria-labelledby="rpi-facts-title">
        {PROGRAM_ROWS.map((fact) => {
          // The same display texts and sources as the card's RPI column.
          const rpi = rpiReferenceFor({ fact, page: null, reference: null, verdict: 'not-stated' }, program);
          // The data's schema allows no sources only for a fact its sources do not state.
          const stated = rpi.sources.length > 0;
          return (
            <div class={`fact-item${stated ? '' : ' is-not-stated'}`} key={fact} data-fact={fact}>
              <dt>{factLabel(fact)}</dt>
              <dd>
                <span class="fact-value">{stated ? rpi.display : t('rpiFactsNotStated')}</span>
                <SourceList sources={rpi.sources} />
                {fact === 'tuitionUSD' && !stated && <TuitionContext program={program} />}
              </dd>
            </div>
          );
        })}
      </dl>

      <section aria-labelledby="rpi-themes-title">
        <h3 id="rpi-themes-title">{t('rpiFactsThemes')}</h3>
        <ul class="plain-list">
          {program.themes.map((theme) => (
            <li key={theme.id} class="theme">
              <strong>{theme.title}</strong>
              <p>{theme.summary}</p>
              <SourceList sources={[theme.source]} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rpi-pathways-title">
        <h3 id="rpi-pathways-title">{t('rpiFactsPathways')}</h3>
        <ul class="plain-list">
          {program.careerPathways.map((pathway) => (
            <li key={pathway.id} class="pathway">
              <strong>{pathway.title}</strong>
              <SourceList sources={[pathway.source]} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The Institute-wide figures, labelled as such: context for an unstated MBA tuition, not a substitute for it. */
function TuitionContext({ program }: { program: ReferenceProgram }) {
  if (program.contextFacts.length === 0) return null;
  return (
    <aside class="context-facts" aria-label={t('rpiFactsTuitionContext')}>
      <p class="context-title">{t('rpiFactsTuitionContext')}</p>
      <ul class="plain-list">
        {program.contextFacts.map((fact) => (
          <li key={fact.id}>
            <span class="context-label">{fact.label}: </span>
            <span>{fact.display}</span>
            <SourceList sources={[fact.source]} />
          </li>
        ))}
      </ul>
    </aside>
  );
}

function SourceList({ sources }: { sources: readonly FactSource[] }) {
  if (sources.length === 0) return <p class="source muted">{t('rpiFactsNoSource')}</p>;
  return (
    <ul class="sources">
      {sources.map((source, i) => (
        <SourceLine key={i} source={source} />
      ))}
    </ul>
  );
}

function SourceLine({ source }: { source: FactSource }) {
  const href = safeHttpUrl(source.url);
  const host = href === null ? source.url : new URL(href).hostname;
  return (
    <li class="source">
      {href === null ? (
        <span>{t('rpiFactsSource', host)}</span>
      ) : (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source.quote}>
          {t('rpiFactsSource', host)}
        </a>
      )}
      <span class="verified">
        {' · '}
        {source.verifiedOn === null ? t('rpiFactsNotYetVerified') : t('rpiFactsVerifiedOn', formatIsoDate(source.verifiedOn))}
      </span>
      {source.caveat !== undefined && <span class="caveat">{source.caveat}</span>}
    </li>
  );
}
