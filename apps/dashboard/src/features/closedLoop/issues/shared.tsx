import FlagIcon from '@mui/icons-material/Flag';
import { Chip, Stack } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { EnumStatusChip, type ChipColor } from '../../../common/StatusChip';

/** Pieces the issue list and page share. */

const STATE_COLORS: Record<string, ChipColor> = {
  REGISTERED: 'default',
  ASSIGNED: 'info',
  RECTIFYING: 'warning',
  SUBMITTED: 'primary',
  CLOSED: 'success',
};

export const IssueStateChip = (_props: { source?: string; label?: string; sortable?: boolean }): ReactElement | null => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      <EnumStatusChip enumName="IssueState" value={r.state} colors={STATE_COLORS} />
      {r.overdue && <Chip size="small" color="error" label={translate('app.issue.overdueDays', { days: r.daysOverdue })} />}
      {!r.overdue && r.dueSoon && <Chip size="small" color="warning" variant="outlined" label={translate('app.issue.dueSoon')} />}
      {r.returned && <Chip size="small" variant="outlined" color="warning" label={translate('app.issue.returned')} />}
      {r.flagged && <Chip size="small" color="error" variant="outlined" icon={<FlagIcon />} label={translate('app.issue.flagged')} />}
    </Stack>
  );
};
