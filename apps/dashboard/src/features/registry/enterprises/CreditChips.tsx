import { Chip, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { gradeStyle, listStatusStyle, statusStyle, type ChipStyle } from './creditStyles';

interface Props {
  source?: string;
  label?: string;
  sortable?: boolean;
}

const StyledChip = ({ label, style }: { label: string; style: ChipStyle }) => (
  <Chip
    size="small"
    label={label}
    variant={style.outlined ? 'outlined' : 'filled'}
    sx={{ width: 'fit-content', bgcolor: style.bg, color: style.fg, borderColor: style.outlined ? 'currentColor' : undefined, fontWeight: 600 }}
  />
);

export const GradeChip = ({ source = 'grade' }: Props): ReactElement | null => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const grade = record[source] as string | null | undefined;
  return <StyledChip label={grade ? enumLabel(translate, 'CreditGrade', grade) : translate('app.credit.notRated')} style={gradeStyle(grade)} />;
};

/**
 * Red / black list status; with `showTerm` (detail pages), the end of the listing after the chip and the word "none"
 * for NONE. In tables NONE shows nothing, so listed firms stand out.
 */
export const ListStatusChip = ({ source = 'listStatus', showTerm = false }: Props & { showTerm?: boolean }): ReactElement | null => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const status = record[source] as string | null | undefined;
  const style = listStatusStyle(status);
  if (!style) {
    return showTerm ? (
      <Typography component="span" variant="body2">
        {enumLabel(translate, 'ListStatus', status)}
      </Typography>
    ) : null;
  }
  const until = showTerm && record.listUntil ? ` ${translate('app.credit.listUntil', { date: formatDate(record.listUntil) })}` : '';
  return <StyledChip label={`${enumLabel(translate, 'ListStatus', status)}${until}`} style={style} />;
};

export const StatusChip = ({ source = 'status' }: Props): ReactElement | null => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const status = record[source] as string | null | undefined;
  return <StyledChip label={enumLabel(translate, 'EnterpriseStatus', status)} style={statusStyle(status)} />;
};
