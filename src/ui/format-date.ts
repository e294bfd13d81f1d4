/** Dates as the user reads them, in the browser's language; the popup, RPI's facts and the exports share these. */
import { uiLanguage } from './i18n';

/** A YYYY-MM-DD date in the user's language; read as UTC so no time zone moves it to the day before. */
export function formatIsoDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

/** The day of an ISO 8601 date-time (a saved item's `savedAt`) in the user's language and time zone. */
export function formatDateTimeDay(iso: string): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}
