/** The keyboard command `toggle-card` (manifest `commands`; DESIGN §2 surface 6). */

export const TOGGLE_CARD_COMMAND = 'toggle-card';

export function isToggleCardCommand(command: string): boolean {
  return command === TOGGLE_CARD_COMMAND;
}
