/**
 * page.js's hold on the document once the gate passed or the user asked: it answers this extension's messages,
 * follows single-page-app navigations and drives the page controller, until a newer copy of the extension takes the
 * page over (open-page.ts).
 */
import type { ShowCardRequest } from '../messages/protocol';
import type { RuntimeMessageListener } from '../platform/extension-runtime';
import { parseContentMessage } from './content-messages';
import { debounce } from './debounce';
import { NAVIGATION_SETTLE_MS, watchNavigation } from './navigation-watcher';
import { createPageController } from './page-controller';
import type { PageSession, PageSessionDeps } from './page-module';
import { guard, reportError } from './report-error';

export function startPageSession(deps: PageSessionDeps): PageSession {
  const { win, doc, runtime } = deps;
  const lifetime = new AbortController();
  const controller = createPageController({ win, doc, runtime });

  const handle = (request: ShowCardRequest) => {
    if (request.type === 'analyze-now') controller.showOnRequest();
    else controller.toggleOnRequest();
  };

  const onMessage: RuntimeMessageListener = (raw, sender, sendResponse) => {
    try {
      // Content scripts hear only their own extension's tabs.sendMessage, but a check costs nothing (issue 7).
      if (sender.id !== runtime.id) return undefined;
      const message = parseContentMessage(raw);
      if (message === null) return undefined;
      if (message.type === 'settings-changed') {
        controller.settingsChanged(message.settings);
      } else {
        sendResponse(true);
        handle(message);
      }
    } catch (error) {
      reportError(error);
    }
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);

  watchNavigation(win, doc, debounce(guard(() => controller.navigated()), NAVIGATION_SETTLE_MS, { signal: lifetime.signal }), lifetime.signal);
  if (deps.start === 'gate') controller.analyze();
  else handle(deps.start);

  return {
    request: guard(handle),
    stop: () => {
      if (lifetime.signal.aborted) return;
      lifetime.abort();
      runtime.onMessage.removeListener(onMessage);
      controller.stop();
    },
  };
}
