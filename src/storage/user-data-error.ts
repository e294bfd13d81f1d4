/**
 * The errors the background returns for user-data requests: a code the UI turns into a clear message, never a
 * silent drop. `toOutcome` is the one place that turns them into the `{ ok: false }` reply of the protocol.
 */
import type { Outcome, UserDataErrorCode } from '../schemas/outcome';

export class UserDataError extends Error {
  readonly code: UserDataErrorCode;

  constructor(code: UserDataErrorCode, message: string) {
    super(message);
    this.name = 'UserDataError';
    this.code = code;
  }
}

/** Chromium says "QUOTA_BYTES quota exceeded"; Firefox's IndexedDB-backed storage raises a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

/** Any thrown value as a UserDataError (storage errors keep their own text for the log, with a code for the UI). */
export function asUserDataError(error: unknown): UserDataError {
  if (error instanceof UserDataError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new UserDataError(isQuotaError(error) ? 'quota-exceeded' : 'storage-failed', message);
}

export async function toOutcome<T>(work: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    const { code, message } = asUserDataError(error);
    return { ok: false, error: { code, message } };
  }
}
