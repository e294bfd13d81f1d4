/** The user-facing text for each user-data error code (src/storage/user-data-error.ts), shared by popup and options. */
import type { UserDataErrorCode } from '../schemas/outcome';
import { t } from './i18n';

const ERROR_KEYS: Record<UserDataErrorCode, string> = {
  'quota-exceeded': 'userDataErrorQuota',
  'shortlist-full': 'userDataErrorShortlistFull',
  'invalid-payload': 'userDataErrorInvalid',
  'storage-failed': 'userDataErrorStorage',
  'no-response': 'userDataErrorNoResponse',
};

export function userDataErrorText(code: UserDataErrorCode): string {
  return t(ERROR_KEYS[code]);
}
