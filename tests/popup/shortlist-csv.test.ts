import { describe, expect, it } from 'vitest';
import { csvCell, csvFileText, toCsv } from '../../src/ui/shortlist-csv';

/** A small RFC 4180 reader, only to check that what the writer produced reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

describe('the CSV writer', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Université — 東京 — 🎓', 'Université — 東京 — 🎓'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://evil.test","x")'])(
    'neutralises the formula-like cell %j',
    (value) => {
      const cell = csvCell(value);
      const [[read]] = parseCsv(`${cell}\r\n`) as [[string]];
      expect(read).toBe(`'${value}`);
    },
  );

  it('leaves cells that merely contain those characters alone', () => {
    expect(csvCell('MBA - 36 credits')).toBe('MBA - 36 credits');
    expect(csvCell('a@b.example')).toBe('a@b.example');
  });

  it('round-trips awkward rows exactly', () => {
    const rows = [
      ['Title', 'Note'],
      ['Smith, "Jr."', 'line one\nline two'],
      ['Ésc, Lyon', 'naïve café'],
      ['', 'last'],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });

  it('starts the file with a UTF-8 byte-order mark for spreadsheets', () => {
    const text = csvFileText([['é']]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('é\r\n');
  });
});
