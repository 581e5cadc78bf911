import { Box } from '@mui/material';
import { Show, TextField, TopToolbar } from 'react-admin';
import { DateText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { RecordLink } from '../creditRecords/RecordLink';
import { DecideObjectionButton, ObjectionStatusChip } from './shared';
import { EnterpriseNameLink } from '../../registry/NameLinks';

export const ObjectionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <DecideObjectionButton />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <EnterpriseNameLink label="resources.objections.fields.enterprise" />
          <RecordLink label="resources.objections.fields.record" />
          <TextField source="record.reason" label="resources.creditRecords.fields.reason" />
          <DateText source="record.objectionDeadline" label="resources.creditRecords.fields.objectionDeadline" />
          <ObjectionStatusChip label="resources.objections.fields.status" />
          <DateText source="filedAt" withTime />
          <TextField source="statement" />
          <TextField source="evidence" emptyText="—" />
          <TextField source="decisionNote" emptyText="—" />
          <DateText source="decidedAt" withTime />
        </FieldGrid>
      </Section>
    </Box>
  </Show>
);
