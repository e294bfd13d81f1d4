/** Small helpers for Preact component tests in happy-dom: render, wait for async state, find by text. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(ui: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(ui, root);
  return root;
}

/** Unmounts inside `act`: Preact 11 runs effect clean-ups after paint, which `act` flushes. */
export async function unmountAll(): Promise<void> {
  await act(() => {
    for (const child of [...document.body.children]) render(null, child);
  });
  document.body.replaceChildren();
}

/** Lets pending promises and the re-renders they cause run. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Waits (a bounded number of rounds) until `check` stops throwing. */
export async function waitFor(check: () => void, rounds = 100): Promise<void> {
  let last: unknown;
  for (let i = 0; i < rounds; i++) {
    try {
      check();
      return;
    } catch (error) {
      last = error;
      await settle(1);
    }
  }
  throw last;
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T {
  const match = [...root.querySelectorAll<T>(selector)].find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  );
  if (match === undefined) throw new Error(`no ${selector} with text ${String(text)}`);
  return match;
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
