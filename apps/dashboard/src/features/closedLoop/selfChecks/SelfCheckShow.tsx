import { Box } from '@mui/material';
import { Show, TextField } from 'react-admin';
import { DateText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { CreatedIssues, DeductionsTable, GradeChip } from '../inspections/shared';

export const SelfCheckShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <DateText source="date" />
          <TextField source="community.name" label="resources.selfChecks.fields.community" />
          <TextField source="enterprise.name" label="resources.selfChecks.fields.enterprise" emptyText="—" />
          <TextField source="township.name" label="resources.selfChecks.fields.township" emptyText="—" />
          <TextField source="score" />
          <GradeChip label="resources.selfChecks.fields.grade" />
          <TextField source="note" emptyText="—" />
        </FieldGrid>
      </Section>
      <Section title="resources.selfChecks.fields.deductions">
        <DeductionsTable empty="app.selfCheck.noDeductions" />
      </Section>
      <Section title="app.selfCheck.issues">
        <CreatedIssues />
      </Section>
    </Box>
  </Show>
);
