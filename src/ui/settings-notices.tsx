/**
 * Notices about stored data that could not be read and was replaced (see src/storage/notices.ts): what happened,
 * what was kept and where, with a dismiss button. Shown at the top of the popup and the options page.
 */
import type { StoreNotice } from '../schemas/notices';
import { t } from './i18n';

export interface StoredDataNoticesProps {
  notices: readonly StoreNotice[];
  onDismiss(notice: StoreNotice): void;
}

function noticeText(notice: StoreNotice): string {
  if (notice.area === 'settings') {
    return t(notice.reason === 'newer-version' ? 'userDataNoticeSettingsNewer' : 'userDataNoticeSettings');
  }
  if (notice.reason === 'partly-unreadable') return t('userDataNoticeShortlistPartly', notice.unreadable);
  if (notice.reason === 'history-unreadable') return t('historyNoticeDropped', notice.unreadable);
  if (notice.reason === 'newer-version') return t('userDataNoticeShortlistNewer');
  return t('userDataNoticeShortlist');
}

export function StoredDataNotices({ notices, onDismiss }: StoredDataNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div class="notices">
      {notices.map((notice) => (
        <div class="notice" role="alert" key={notice.id}>
          <p>{noticeText(notice)}</p>
          <p class="muted small">{t('userDataNoticeBackup', notice.backupKey)}</p>
          <button type="button" class="button button-quiet" onClick={() => onDismiss(notice)}>
            {t('userDataNoticeDismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
