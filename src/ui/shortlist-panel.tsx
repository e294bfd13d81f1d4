/**
 * The shortlist in the popup: the saved pages (newest first) with a remove button each, the side-by-side view
 * with RPI, and export (CSV, HTML, Markdown, JSON) and import (JSON). Actions are passed in; this component only
 * renders.
 */
import type { ShortlistItem } from '../schemas/shortlist-schema';
import { safeHttpUrl } from './comparison-reference';
import { formatDateTimeDay } from './format-date';
import { t } from './i18n';
import { ShortlistChangeNote } from './shortlist-change-note';
import { ShortlistCompare } from './shortlist-compare';
import { ShortlistFileButtons } from './shortlist-file-buttons';
import type { ExportFormat } from './shortlist-files';

export interface ShortlistPanelProps {
  items: readonly ShortlistItem[] | null;
  /** Disables the buttons while a request is in flight, so a double click cannot send it twice. */
  busy: boolean;
  onRemove(item: ShortlistItem): void;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
  /**
   * Export and import are offered on the options page instead (Firefox closes the popup when a file dialog opens,
   * which loses the import and can fail the download).
   */
  filesInOptions: boolean;
  onOpenOptions(): void;
  /** Mark the items whose facts changed at the last visit (the `changeHistory` setting); `now` is the clock. */
  changes?: { now: () => Date } | null | undefined;
}

export function ShortlistPanel(props: ShortlistPanelProps) {
  const { items, busy } = props;
  return (
    <div class="shortlist">
      {props.filesInOptions ? (
        <div class="toolbar">
          <button type="button" class="button" onClick={props.onOpenOptions}>
            {t('shortlistFilesInOptions')}
          </button>
        </div>
      ) : (
        <ShortlistFileButtons
          empty={items === null || items.length === 0}
          busy={busy}
          onExport={props.onExport}
          onImport={props.onImport}
        />
      )}

      {items === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : items.length === 0 ? (
        <div class="empty-state">
          <p class="empty-title">{t('shortlistEmptyTitle')}</p>
          <p class="muted">{t('shortlistEmptyBody')}</p>
        </div>
      ) : (
        <>
          <ul class="saved-list" aria-label={t('shortlistListLabel')}>
            {items.map((item) => (
              <SavedItem key={item.id} item={item} busy={busy} onRemove={props.onRemove} changes={props.changes ?? null} />
            ))}
          </ul>
          <ShortlistCompare items={items} />
        </>
      )}
    </div>
  );
}

function SavedItem({ item, busy, onRemove, changes }: { item: ShortlistItem; busy: boolean; onRemove(item: ShortlistItem): void; changes: { now: () => Date } | null }) {
  const href = safeHttpUrl(item.url);
  const host = href === null ? '' : new URL(href).hostname;
  return (
    <li class="saved-item" data-kind={item.kind}>
      <div class="saved-text">
        {href === null ? <span class="saved-title">{item.title}</span> : (
          <a class="saved-title" href={href} target="_blank" rel="noopener noreferrer">
            {item.title}
          </a>
        )}
        <span class="saved-meta muted">
          <span class={`kind-chip kind-${item.kind}`}>{t(item.kind === 'mba-program' ? 'shortlistKindProgram' : 'shortlistKindRole')}</span>
          {host !== '' && ` · ${host}`} · {t('shortlistSavedOn', formatDateTimeDay(item.savedAt))}
        </span>
        {changes !== null && <ShortlistChangeNote item={item} now={changes.now()} />}
      </div>
      <button
        type="button"
        class="button button-quiet"
        disabled={busy}
        aria-label={t('shortlistRemoveNamed', item.title)}
        onClick={() => onRemove(item)}
      >
        {t('shortlistRemove')}
      </button>
    </li>
  );
}
