/**
 * The contract between the always-on gate (content/gate.js) and the lazily loaded page module (content/page.js).
 * Types only: the gate imports nothing from page.js at build time.
 */
import type { ShowCardRequest } from '../messages/protocol';
import type { Settings } from '../storage/settings-schema';
import type { ExtensionRuntime } from '../platform/extension-runtime';

export interface PageControllerDeps {
  win: Window;
  doc: Document;
  runtime: ExtensionRuntime;
}

/** Why page.js was loaded: the gate passed, or the user asked. */
export type PageStart = 'gate' | ShowCardRequest;

export interface PageSessionDeps extends PageControllerDeps {
  start: PageStart;
}

export interface OpenPageDeps {
  win: Window;
  doc: Document;
  /** The content-script world's global, where the claim on the page lives. */
  world: object;
  start: PageStart;
  /** The extension runtime; page.js looks it up itself when not given (tests give one). */
  runtime?: ExtensionRuntime;
}

/** page.js running in a document: takes later requests, and stops when a newer copy of the extension takes over. */
export interface PageSession {
  request(request: ShowCardRequest): void;
  stop(): void;
}

/** One per document: owns the settings, the "closed on this page" marks and the current page visit. */
export interface PageController {
  /** The gate just passed (at idle, or after a navigation): analyse and show the card if the page is detected. */
  analyze(): void;
  /** The address changed: re-run on the new page, or tear down if it is not relevant. */
  navigated(): void;
  /** The user asked (context menu, popup, command): analyse even below the threshold and show the card expanded. */
  showOnRequest(): void;
  /** Keyboard command: hide the card if it is shown, else as `showOnRequest`. */
  toggleOnRequest(): void;
  settingsChanged(settings: Settings): void;
  /** Takes everything down (the session's teardown; tests). */
  stop(): void;
}

export interface PageModule {
  openPage(deps: OpenPageDeps): void;
}
