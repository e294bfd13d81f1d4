/**
 * A small RFC 4180 CSV writer for the shortlist export, safe to open in a spreadsheet.
 * https://www.rfc-editor.org/rfc/rfc4180
 */

/**
 * Spreadsheets run a cell that starts with one of these as a formula, so a page title such as
 * "=HYPERLINK(...)" could act when the file is opened (CSV injection). Such cells get a leading apostrophe,
 * which spreadsheets show as text. https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quoted when it holds a comma, quote or line break; inner quotes doubled. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF, as RFC 4180 says, and a final CRLF. */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The text of a .csv file: with a UTF-8 byte-order mark, without which Excel reads UTF-8 as the local code page
 * and garbles every non-ASCII title ("Université" → "UniversitÃ©").
 */
export function csvFileText(rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${toCsv(rows)}`;
}
