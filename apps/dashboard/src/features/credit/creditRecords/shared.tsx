import { Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext, type RaRecord } from 'react-admin';
import { RecordStatusChip, type RecordChipProps } from '../../../common/StatusChip';

/** Pieces the credit-record list and page share. */

export const CreditRecordStatusChip = (props: RecordChipProps): ReactElement => (
  <RecordStatusChip
    {...props}
    enumName="CreditRecordStatus"
    colors={{ PUBLICIZING: 'info', OBJECTED: 'warning', CONFIRMED: 'success', REPAIRED: 'info' }}
    outlined={['REVOKED']}
  />
);

export const PointsText = ({ source = 'points' }: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  if (!record) return null;
  const points = Number(record[source]);
  return (
    <Typography component="span" variant="body2" sx={{ fontWeight: 600, color: points < 0 ? 'error.main' : 'success.main' }}>
      {points > 0 ? `+${points}` : points}
    </Typography>
  );
};

/** The record's subject: the firm, or the manager with their firm. */
export const subjectName = (r: RaRecord) =>
  r.subjectType === 'MANAGER' ? `${r.manager?.name ?? ''}（${r.enterprise?.name ?? ''}）` : (r.enterprise?.name ?? '');
