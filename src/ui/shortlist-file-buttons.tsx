/**
 * Export (CSV, HTML to share or print, Markdown for notes, JSON) and import (JSON) buttons for the shortlist, used
 * by the popup and the options page.
 * The file input is hidden and opened by its button, so keyboard users meet one ordinary button.
 */
import { useRef } from 'preact/hooks';
import { t } from './i18n';

export interface ShortlistFileButtonsProps {
  /** Nothing to export yet. */
  empty: boolean;
  busy: boolean;
  onExportCsv(): void;
  onExportHtml(): void;
  onExportMarkdown(): void;
  onExportJson(): void;
  onImport(file: File): void;
}

export function ShortlistFileButtons(props: ShortlistFileButtonsProps) {
  const { empty, busy, onImport } = props;
  const fileInput = useRef<HTMLInputElement>(null);

  const onFileChosen = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Reset, so choosing the same file again still fires `change`.
    input.value = '';
    if (file !== undefined) onImport(file);
  };

  return (
    <div class="toolbar" role="group" aria-label={t('shortlistActions')}>
      <button type="button" class="button" disabled={busy || empty} onClick={props.onExportCsv}>
        {t('shortlistExportCsv')}
      </button>
      <button type="button" class="button" disabled={busy || empty} onClick={props.onExportHtml}>
        {t('shortlistExportHtml')}
      </button>
      <button type="button" class="button" disabled={busy || empty} onClick={props.onExportMarkdown}>
        {t('shortlistExportMarkdown')}
      </button>
      <button type="button" class="button" disabled={busy || empty} onClick={props.onExportJson}>
        {t('shortlistExportJson')}
      </button>
      <button type="button" class="button" disabled={busy} onClick={() => fileInput.current?.click()}>
        {t('shortlistImportJson')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={onFileChosen}
      />
    </div>
  );
}
