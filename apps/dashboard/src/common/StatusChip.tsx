import { Chip } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { valueAt } from './csv';
import { enumLabel, type EnumName } from './enums';

export type ChipColor = 'default' | 'primary' | 'info' | 'warning' | 'success' | 'error';

/** A status as a small chip in its colour: the one look of every feature's status chips. */
export const StatusChip = ({ label, color = 'default', outlined = false }: { label: string; color?: ChipColor; outlined?: boolean }): ReactElement => (
  <Chip size="small" color={color} label={label} variant={outlined ? 'outlined' : 'filled'} sx={{ width: 'fit-content' }} />
);

/** One enum value as a StatusChip, labelled from the catalogue (`enums.<Enum>.<VALUE>`) and coloured by value. */
export const EnumStatusChip = ({
  enumName,
  value,
  colors,
  outlined = [],
}: {
  enumName: EnumName;
  value: unknown;
  colors: Partial<Record<string, ChipColor>>;
  outlined?: readonly string[];
}): ReactElement => {
  const translate = useTranslate();
  const v = String(value ?? '');
  return <StatusChip label={enumLabel(translate, enumName, v)} color={colors[v] ?? 'default'} outlined={outlined.includes(v)} />;
};

/** The props react-admin passes a field (DataTable `field`, show layouts). */
export interface RecordChipProps {
  source?: string;
  label?: string;
  sortable?: boolean;
}

/** A field of the record in context (`status` unless told) as an EnumStatusChip. */
export const RecordStatusChip = ({
  source = 'status',
  enumName,
  colors,
  outlined,
}: RecordChipProps & { enumName: EnumName; colors: Partial<Record<string, ChipColor>>; outlined?: readonly string[] }): ReactElement | null => {
  const record = useRecordContext();
  if (!record) return null;
  return <EnumStatusChip enumName={enumName} value={valueAt(record, source)} colors={colors} outlined={outlined} />;
};
