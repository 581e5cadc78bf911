import { Chip, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { valueAt } from './csv';
import { formatDate, formatDateTime } from './dates';
import { enumLabel, type EnumName } from './enums';
import { prettyJson } from './json';
import { formatDecimal } from './format';

interface SourceProps {
  source: string;
  /** Used by show layouts and data tables for the column header. */
  label?: string;
  sortable?: boolean;
}

/** A date (or the date of a timestamp) as `YYYY-MM-DD`; `withTime` adds `HH:mm`. */
export const DateText = ({ source, withTime = false }: SourceProps & { withTime?: boolean }): ReactElement | null => {
  const record = useRecordContext();
  if (!record) return null;
  const value = valueAt(record, source);
  return (
    <Typography component="span" variant="body2">
      {withTime ? formatDateTime(value) : formatDate(value)}
    </Typography>
  );
};

export const EnumText = ({ source, enumName }: SourceProps & { enumName: EnumName }): ReactElement | null => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {enumLabel(translate, enumName, valueAt(record, source))}
    </Typography>
  );
};

/** Several enum values (a department's remit) as small chips. */
export const EnumChips = ({ source, enumName }: SourceProps & { enumName: EnumName }): ReactElement | null => {
  const record = useRecordContext();
  const translate = useTranslate();
  const values = record ? valueAt(record, source) : null;
  if (!Array.isArray(values)) return null;
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" spacing={0.5}>
      {values.map((value) => (
        <Chip key={String(value)} size="small" label={enumLabel(translate, enumName, value)} />
      ))}
    </Stack>
  );
};

/** A number with fixed decimals (scores, areas, money). */
export const DecimalText = ({ source, digits = 1 }: SourceProps & { digits?: number }): ReactElement | null => {
  const record = useRecordContext();
  if (!record) return null;
  const value = valueAt(record, source);
  return (
    <Typography component="span" variant="body2">
      {formatDecimal(value, digits)}
    </Typography>
  );
};

/** JSON (an audit entry's changes) pretty-printed. */
export const JsonBlock = ({ source }: SourceProps): ReactElement | null => {
  const record = useRecordContext();
  if (!record) return null;
  const value = valueAt(record, source);
  if (value === null || value === undefined) {
    return (
      <Typography component="span" variant="body2">
        —
      </Typography>
    );
  }
  return (
    <Typography
      component="pre"
      variant="body2"
      sx={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-all', m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1 }}
    >
      {prettyJson(value)}
    </Typography>
  );
};
