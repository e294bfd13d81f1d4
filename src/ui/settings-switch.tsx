/** An on/off switch: a native checkbox (keyboard and form behaviour for free) with the switch role and look. */
import type { ComponentChildren } from 'preact';

export interface SettingsSwitchProps {
  checked: boolean;
  disabled: boolean;
  onChange(checked: boolean): void;
  name?: string;
  /** The id of a help text that describes the switch. */
  describedBy?: string;
  children: ComponentChildren;
}

export function SettingsSwitch({ checked, disabled, onChange, name, describedBy, children }: SettingsSwitchProps) {
  return (
    <label class="switch-row">
      <input
        type="checkbox"
        role="switch"
        class="switch"
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-text">{children}</span>
    </label>
  );
}
