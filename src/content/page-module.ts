/**
 * The contract between the always-on gate (content/gate.js) and the lazily loaded page module (content/page.js).
 * Types only: the gate imports nothing from page.js at build time.
 */
import type { Settings } from '../storage/settings-schema';
import type { ExtensionRuntime } from '../platform/extension-runtime';

export interface PageControllerDeps {
  win: Window;
  doc: Document;
  runtime: ExtensionRuntime;
}

/** One per document: owns the settings, the "closed on this page" marks and the current page visit. */
export interface PageController {
  /** The gate passed (at idle, or after a navigation): analyse and show the card if the page is detected. */
  analyze(): void;
  /** The address changed: re-run on the new page, or tear down if it is not relevant. */
  navigated(): void;
  /** The user asked (context menu, popup, command): analyse even below the threshold and show the card expanded. */
  showOnRequest(): void;
  /** Keyboard command: hide the card if it is shown, else as `showOnRequest`. */
  toggleOnRequest(): void;
  settingsChanged(settings: Settings): void;
  /** Takes everything down (the gate's own teardown; tests). */
  stop(): void;
}

export interface PageModule {
  createPageController(deps: PageControllerDeps): PageController;
}
