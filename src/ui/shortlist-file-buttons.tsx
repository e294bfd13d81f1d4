/**
 * Export (CSV, HTML to share or print, Markdown for notes, JSON) and import (JSON) buttons for the shortlist, used
 * by the popup and the options page.
 * The file input is hidden and opened by its button, so keyboard users meet one ordinary button.
 */
import { useRef } from 'preact/hooks';
import { t } from './i18n';
import type { ExportFormat } from './shortlist-files';

/** The export buttons' labels, in the order the buttons are shown. */
const EXPORT_LABELS = {
  csv: 'shortlistExportCsv',
  html: 'shortlistExportHtml',
  markdown: 'shortlistExportMarkdown',
  json: 'shortlistExportJson',
} as const satisfies Record<ExportFormat, string>;
const EXPORT_FORMATS = Object.keys(EXPORT_LABELS) as ExportFormat[];

export interface ShortlistFileButtonsProps {
  /** Nothing to export yet. */
  empty: boolean;
  busy: boolean;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
}

export function ShortlistFileButtons({ empty, busy, onExport, onImport }: ShortlistFileButtonsProps) {
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
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" class="button" disabled={busy || empty} onClick={() => onExport(format)}>
          {t(EXPORT_LABELS[format])}
        </button>
      ))}
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
