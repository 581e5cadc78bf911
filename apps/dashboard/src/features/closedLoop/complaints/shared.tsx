import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EnumStatusChip, type ChipColor } from '../../../common/StatusChip';

/** Pieces the complaint list and page share. */

const STATE_COLORS: Record<string, ChipColor> = {
  RECEIVED: 'info',
  ROUTED: 'info',
  RESPONDED: 'info',
  RESOLVED: 'info',
  TURNED_INTO_ISSUE: 'info',
  CLOSED: 'success',
  REJECTED: 'default',
};

export const ComplaintStateChip = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      <EnumStatusChip enumName="ComplaintState" value={r.state} colors={STATE_COLORS} />
      {r.firstResponseLate && <Chip size="small" color="error" label={translate('app.complaint.firstResponseLate')} />}
      {r.resolutionLate && <Chip size="small" color="error" variant="outlined" label={translate('app.complaint.resolutionLate')} />}
      {r.collective && <Chip size="small" color="warning" label={translate('app.complaint.collective')} />}
    </Stack>
  );
};
