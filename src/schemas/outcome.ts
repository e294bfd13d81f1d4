/**
 * The reply to a request that reads or changes stored data: the value, or an error code the UI turns into a clear
 * message. Replies cross a process boundary, so the receiving side parses them (`parseOutcome`) before trusting them.
 */
import { isRecord } from '../core/is-record';

export type UserDataErrorCode =
  /** `storage.local` is full: nothing was written. */
  | 'quota-exceeded'
  /** The shortlist already holds MAX_SHORTLIST_ITEMS items: nothing was written. */
  | 'shortlist-full'
  /** The request or the imported file is not valid: nothing was written. */
  | 'invalid-payload'
  /** Any other storage failure: nothing was written. */
  | 'storage-failed'
  /** (Pages only) the background gave no valid reply: the request may not have been carried out. */
  | 'no-response';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: { code: UserDataErrorCode; message: string } };

const ERROR_CODES: readonly UserDataErrorCode[] = ['quota-exceeded', 'shortlist-full', 'invalid-payload', 'storage-failed', 'no-response'];

function isUserDataErrorCode(value: unknown): value is UserDataErrorCode {
  return ERROR_CODES.some((code) => code === value);
}

export function noResponse<T>(): Outcome<T> {
  return { ok: false, error: { code: 'no-response', message: 'MBA Lens did not answer; try again.' } };
}

/** The outcome in a reply, its value checked by `parseValue`; anything malformed is `no-response`. */
export function parseOutcome<T>(raw: unknown, parseValue: (value: unknown) => T | null): Outcome<T> {
  if (!isRecord(raw)) return noResponse();
  if (raw.ok === true) {
    const value = parseValue(raw.value);
    return value === null ? noResponse() : { ok: true, value };
  }
  const error = raw.error;
  if (raw.ok === false && isRecord(error) && isUserDataErrorCode(error.code) && typeof error.message === 'string') {
    return { ok: false, error: { code: error.code, message: error.message } };
  }
  return noResponse();
}
