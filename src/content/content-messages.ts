/**
 * The messages the always-on script accepts, checked on receipt. A narrow reader over the shared protocol's types
 * (src/messages/protocol.ts), so the script that runs on every page does not carry the whole protocol's validator;
 * the settings inside `settings-changed` are checked again, fully, by page.js (settings-view.ts).
 */
import type { Message } from '../messages/protocol';
import type { Settings } from '../storage/settings-schema';

export type ContentMessage = Extract<Message, { type: 'analyze-now' | 'toggle-card' | 'settings-changed' }>;

export function parseContentMessage(raw: unknown): ContentMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as { type?: unknown; settings?: unknown };
  if (message.type === 'analyze-now' || message.type === 'toggle-card') return { type: message.type };
  if (message.type === 'settings-changed' && typeof message.settings === 'object' && message.settings !== null) {
    return { type: 'settings-changed', settings: message.settings as Settings };
  }
  return null;
}
