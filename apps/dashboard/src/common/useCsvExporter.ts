import { useMemo } from 'react';
import { downloadCSV, useTranslate, type Exporter } from 'react-admin';
import { recordsToCsv, type CsvColumn } from './csv';
import { todayInShanghai } from './dates';

/** An exporter writing the given columns with headers in the current UI language. */
export function useCsvExporter<R = Record<string, unknown>>(resource: string, columns: readonly CsvColumn<R>[]): Exporter {
  const translate = useTranslate();
  return useMemo<Exporter>(
    () => (records) => {
      const csv = recordsToCsv(records as R[], columns, resource, (key) => translate(key, { _: key }));
      const name = translate(`resources.${resource}.name`, { smart_count: 2 });
      downloadCSV(csv, `${name}-${todayInShanghai()}`);
    },
    [columns, resource, translate],
  );
}
