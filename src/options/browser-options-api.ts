/** The options page's real `api`: the extension runtime through webextension-polyfill. */
import browser, { type Runtime } from 'webextension-polyfill';
import { parseToContent } from '../messages/protocol';
import { downloadFile } from '../ui/shortlist-download';
import type { OptionsApi } from './options-api';

export function browserOptionsApi(doc: Document): OptionsApi {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    subscribe(listener) {
      const onMessage = (raw: unknown, sender: Runtime.MessageSender): undefined => {
        // Only this extension's background speaks to its pages; anything else, or anything malformed, is ignored.
        if (sender.id !== browser.runtime.id) return undefined;
        const message = parseToContent(raw);
        if (message !== null) listener(message);
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    download: (file) => downloadFile(doc, file),
  };
}
