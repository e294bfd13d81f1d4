/**
 * What the popup needs from the browser, injected as its `api` prop so component tests pass a fake instead of
 * patching globals. browser-popup-api.ts gives the real one.
 */
import type { SendMessage } from '../messages/client';
import type { DownloadFile } from '../ui/shortlist-download';

/** The tab the popup was opened over. `url` and `title` are null when the browser does not reveal them. */
export interface ActiveTab {
  id: number;
  url: string | null;
  title: string | null;
}

export interface PopupApi {
  send: SendMessage;
  activeTab(): Promise<ActiveTab | null>;
  /** Saves a file made in the popup (an export): no network, no `downloads` permission. */
  download(file: DownloadFile): void;
  openOptions(): void;
  /**
   * True in Firefox, which closes the popup when a file dialog opens: the chosen import file never arrives and a
   * "where to save" download fails. Export and import then happen on the options page.
   */
  fileDialogsCloseThePopup: boolean;
}
