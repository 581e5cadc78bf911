import { Box } from '@mui/material';
import { Show, TextField, TopToolbar } from 'react-admin';
import { DateText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { RecordLink } from '../creditRecords/RecordLink';
import { DecideRepairButton, RepairStatusChip } from './shared';
import { EnterpriseNameLink } from '../../registry/NameLinks';

export const RepairApplicationShow = () => (
  <Show
    actions={
      <TopToolbar>
        <DecideRepairButton />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <EnterpriseNameLink label="resources.repairApplications.fields.enterprise" />
          <RecordLink label="resources.repairApplications.fields.record" />
          <TextField source="record.reason" label="resources.creditRecords.fields.reason" />
          <DateText source="record.confirmedOn" label="resources.creditRecords.fields.confirmedOn" />
          <DateText source="record.expiresOn" label="resources.creditRecords.fields.expiresOn" />
          <RepairStatusChip label="resources.repairApplications.fields.status" />
          <DateText source="appliedAt" withTime />
          <TextField source="commitment" />
          <TextField source="openIssues" />
          <TextField source="reasons" emptyText="—" />
          <DateText source="decidedAt" withTime />
        </FieldGrid>
      </Section>
    </Box>
  </Show>
);
