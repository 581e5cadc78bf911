/**
 * One CSV cell, as every export writes it (server streams and dashboard downloads alike): RFC 4180 quoting, and text
 * a spreadsheet would run as a formula (leading = + - @, tab or carriage return) prefixed with a quote. Numbers,
 * and text that is just a number such as "-12.5", are left as they are.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line of cells, without its line end (CRLF between lines). */
export const csvLine = (cells: readonly CsvValue[]): string => cells.map(csvCell).join(',');
