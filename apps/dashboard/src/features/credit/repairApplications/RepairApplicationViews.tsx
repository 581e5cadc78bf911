import { Box, Chip, Stack, Typography } from '@mui/material';
import { DataTable, List, SearchInput, SelectInput, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { DateText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { OfferedAction, offeredAction } from '../../../common/OfferedAction';
import { RepairDecisionButton } from '../pages/DecisionDialogs';
import { RecordLink } from '../creditRecords/RecordLink';

const RepairStatusChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const color = record.status === 'PENDING' ? 'warning' : record.status === 'APPROVED' ? 'success' : 'default';
  return <Chip size="small" color={color} label={enumLabel(translate, 'RepairStatus', record.status)} />;
};

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

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('RepairStatus')} alwaysOn />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
];

/** 信用修复收件箱: pending applications first (the default filter). */
export const RepairApplicationList = () => {
  return (
    <List filters={filters} filterDefaultValues={{ status: 'PENDING' }} sort={{ field: 'appliedAt', order: 'DESC' }} actions={<ServerExportListActions list="repair-applications" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="appliedAt" render={(r) => formatDate(r.appliedAt)} />
        <DataTable.Col source="enterprise.name" label="resources.repairApplications.fields.enterprise" disableSort />
        <DataTable.Col source="record" disableSort field={RecordLink} />
        <DataTable.Col source="commitment" disableSort />
        <DataTable.NumberCol source="openIssues" disableSort />
        <DataTable.Col source="status" field={RepairStatusChip} />
        <DataTable.Col label="app.common.actions" disableSort field={DecideRepairButton} />
      </DataTable>
    </List>
  );
};

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
          <TextField source="enterprise.name" label="resources.repairApplications.fields.enterprise" />
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
