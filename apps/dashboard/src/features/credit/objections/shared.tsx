import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { OfferedAction } from '../../../common/OfferedAction';
import { RecordStatusChip, type RecordChipProps } from '../../../common/StatusChip';
import { ObjectionDecisionButton } from '../pages/DecisionDialogs';

/** Pieces the objection list and page share. */

export const ObjectionStatusChip = (props: RecordChipProps) => (
  <RecordStatusChip {...props} enumName="ObjectionStatus" colors={{ PENDING: 'warning', ACCEPTED: 'success' }} />
);

/** A reviewer decides a pending objection when the API offers it (not on a record they proposed: the reason says so). */
export const DecideObjectionButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box onClick={(e) => e.stopPropagation()}>
      <OfferedAction actions={record.availableActions} action="DECIDE" label="app.objection.decide">
        <ObjectionDecisionButton objectionId={String(record.id)} />
      </OfferedAction>
    </Box>
  );
};
