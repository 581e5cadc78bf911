import { csvLine, type CsvValue } from '@wuye/domain';

/** CSV for exports: the domain's cells (quoting, formulas neutralised), CRLF rows, and a BOM so Excel opens UTF-8 Chinese text correctly. */

export type CsvCell = CsvValue;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + [header, ...rows].map(csvLine).join('\r\n');
}

export interface CsvColumn<R = Record<string, unknown>> {
  /** Record path (`township.name`); also gives the default header `resources.<resource>.fields.<source>`. */
  source: string;
  /** Translation key of the header, when not the default. */
  label?: string;
  /** Cell value, when not the raw value at `source`; receives the translate function for enum labels. */
  value?: (record: R, translate: (key: string) => string) => CsvCell;
}

export const valueAt = (record: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((acc, key) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[key] : undefined), record);

const toCell = (value: unknown): CsvCell => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as CsvCell;
};

export function recordsToCsv<R>(records: readonly R[], columns: readonly CsvColumn<R>[], resource: string, translate: (key: string) => string): string {
  const header = columns.map((c) => translate(c.label ?? `resources.${resource}.fields.${c.source}`));
  const rows = records.map((record) => columns.map((c) => (c.value ? c.value(record, translate) : toCell(valueAt(record, c.source)))));
  return toCsv(header, rows);
}
