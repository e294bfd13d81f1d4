/**
 * Saves text as a file from an extension page: a Blob, an object URL and a click on an `<a download>`. Nothing
 * leaves the device and no `downloads` permission is needed.
 */

/** Long enough for the browser to start reading the blob; Firefox fails the download if it is revoked at once. */
const REVOKE_AFTER_MS = 60_000;

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export function downloadFile(doc: Document, { name, type, text }: DownloadFile): void {
  const view = doc.defaultView;
  if (view === null) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
