/**
 * content/request.js: what the background injects when the user asks for the card (context menu, command, popup) in
 * a tab where page.js is not there to hear it. It takes the request the background left in this world just before
 * (show-card-in-tab.ts) and loads page.js with it; page.js then holds the page, or passes the request to the copy
 * already holding it (openPage in page-controller.ts).
 */
import { takeRequest } from './injection-guard';
import { loadPageModule } from './module-loaders';
import { reportError } from './report-error';

try {
  const request = takeRequest(globalThis);
  if (request !== null) loadPageModule(request);
} catch (error) {
  reportError(error);
}
