/**
 * The popup's three views as ARIA tabs (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab stop for the
 * tab list, arrow keys, Home and End move between tabs and select them, and each panel follows in tab order.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface PopupTab<Id extends string> {
  id: Id;
  label: string;
  /** A count shown after the label (the shortlist's size). */
  count?: number | undefined;
}

export interface PopupTabsProps<Id extends string> {
  tabs: ReadonlyArray<PopupTab<Id>>;
  selected: Id;
  onSelect(id: Id): void;
  label: string;
  children: ComponentChildren;
}

export const tabButtonId = (id: string) => `tab-${id}`;
export const tabPanelId = (id: string) => `panel-${id}`;

export function PopupTabs<Id extends string>({ tabs, selected, onSelect, label, children }: PopupTabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    const tab = next === null ? undefined : tabs[next];
    if (tab === undefined) return;
    event.preventDefault();
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabButtonId(tab.id)}`)?.focus();
  };

  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={tabButtonId(tab.id)}
              aria-selected={isSelected}
              aria-controls={tabPanelId(tab.id)}
              tabIndex={isSelected ? 0 : -1}
              class="tab"
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
              {tab.count !== undefined && <span class="tab-count">{tab.count}</span>}
            </button>
          );
        })}
      </div>
      {children}
    </>
  );
}

export function PopupTabPanel({ id, selected, children }: { id: string; selected: string; children: ComponentChildren }) {
  return (
    <section role="tabpanel" id={tabPanelId(id)} aria-labelledby={tabButtonId(id)} hidden={id !== selected} tabIndex={0} class="panel">
      {children}
    </section>
  );
}
