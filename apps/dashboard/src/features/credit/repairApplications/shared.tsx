import { Box, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { OfferedAction, offeredAction } from '../../../common/OfferedAction';
import { RecordStatusChip, type RecordChipProps } from '../../../common/StatusChip';
import { RepairDecisionButton } from '../pages/DecisionDialogs';

/** Pieces the repair-application list and page share. */

export const RepairStatusChip = (props: RecordChipProps) => (
  <RecordStatusChip {...props} enumName="RepairStatus" colors={{ PENDING: 'warning', APPROVED: 'success' }} />
);

/**
 * A regulator approves (record REPAIRED from today) or refuses, with reasons either way, when the API offers it;
 * when approving is blocked (the record is no longer confirmed) its reason shows beside the button.
 */
export const DecideRepairButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  const approve = offeredAction(record.availableActions, 'APPROVE');
  return (
    <Box onClick={(e) => e.stopPropagation()}>
      <OfferedAction actions={record.availableActions} action="REFUSE" label="app.repair.decide">
        <Stack direction="row" spacing={1} alignItems="center">
          <RepairDecisionButton applicationId={String(record.id)} />
          {approve && !approve.available && (
            <Typography variant="caption" color="text.secondary">
              {approve.reason}
            </Typography>
          )}
        </Stack>
      </OfferedAction>
    </Box>
  );
};
