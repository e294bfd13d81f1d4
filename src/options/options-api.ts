/**
 * What the options page needs from the browser, injected as its `api` prop so component tests pass a fake:
 * sending messages to the background, hearing `settings-changed` when the popup or a card changes settings, and
 * saving export files.
 */
import type { Message } from '../messages/protocol';
import type { SendMessage } from '../messages/client';
import type { DownloadFile } from '../ui/shortlist-download';

export interface OptionsApi {
  send: SendMessage;
  /** Calls `listener` with each valid message the background sends; returns the unsubscribe function. */
  subscribe(listener: (message: Message) => void): () => void;
  /** Saves a file made on the page (a shortlist export). */
  download(file: DownloadFile): void;
}
