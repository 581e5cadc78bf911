import { FunctionField, NumberField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateText } from '../../../common/fields';
import { RecordStatusChip } from '../../../common/StatusChip';
import { JOB_RUN_COLORS } from './JobRunList';
import { jobName } from './jobName';

export const JobRunShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={false}>
      <SimpleShowLayout>
        <FunctionField source="job" render={(r) => jobName(translate, r.job)} />
        <TextField source="slot" />
        <RecordStatusChip source="state" enumName="JobRunState" colors={JOB_RUN_COLORS} />
        <NumberField source="attempts" />
        <DateText source="startedAt" withTime />
        <DateText source="finishedAt" withTime />
        <DateText source="leaseUntil" withTime />
        <TextField source="instance" />
        <TextField source="result" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
};
