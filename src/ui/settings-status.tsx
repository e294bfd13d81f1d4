/**
 * Requests from the popup and options page to the background, and what the user is told about them: a busy flag
 * (buttons disabled, so a double click cannot send twice) and one status line, in two fixed live regions (a region
 * whose role changes is not reliably announced).
 */
import { useState } from 'preact/hooks';
import type { Outcome } from '../schemas/outcome';
import { userDataErrorText } from './settings-errors';

export interface StatusMessage {
  tone: 'info' | 'error';
  text: string;
}

export function useRequestStatus() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);

  /** Runs `work` with the buttons disabled and shows the status it ends with. */
  async function track(work: () => Promise<StatusMessage | null>): Promise<void> {
    setBusy(true);
    try {
      setStatus(await work());
    } finally {
      setBusy(false);
    }
  }

  /** One user-data request: `onDone` applies the value and says what to tell the user; a failure is always shown. */
  function run<T>(request: Promise<Outcome<T>>, onDone: (value: T) => string | null): Promise<void> {
    return track(async () => {
      const outcome = await request;
      if (!outcome.ok) return { tone: 'error', text: userDataErrorText(outcome.error.code) };
      const text = onDone(outcome.value);
      return text === null ? null : { tone: 'info', text };
    });
  }

  return { busy, status, setStatus, track, run };
}

export function StatusRegions({ status }: { status: StatusMessage | null }) {
  return (
    <>
      <p class="status" role="status">
        {status?.tone === 'info' ? status.text : ''}
      </p>
      <p class="status tone-error" role="alert">
        {status?.tone === 'error' ? status.text : ''}
      </p>
    </>
  );
}
