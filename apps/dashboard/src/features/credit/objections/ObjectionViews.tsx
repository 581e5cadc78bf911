import { Box, Chip } from '@mui/material';
import {
  DataTable,
  List,
  SearchInput,
  SelectInput,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDate } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { DateText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { OfferedAction } from '../../../common/OfferedAction';
import { ObjectionDecisionButton } from '../pages/DecisionDialogs';
import { RecordLink } from '../creditRecords/RecordLink';

export const ObjectionStatusChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const color = record.status === 'PENDING' ? 'warning' : record.status === 'ACCEPTED' ? 'success' : 'default';
  return <Chip size="small" color={color} label={enumLabel(translate, 'ObjectionStatus', record.status)} />;
};

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

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('ObjectionStatus')} alwaysOn />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
];

/** 异议收件箱: pending objections first (the default filter). */
export const ObjectionList = () => {
  return (
    <List filters={filters} filterDefaultValues={{ status: 'PENDING' }} sort={{ field: 'filedAt', order: 'DESC' }} actions={<ServerExportListActions list="objections" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="filedAt" render={(r) => formatDate(r.filedAt)} />
        <DataTable.Col source="enterprise.name" label="resources.objections.fields.enterprise" disableSort />
        <DataTable.Col source="record" disableSort field={RecordLink} />
        <DataTable.Col source="statement" disableSort />
        <DataTable.Col source="status" field={ObjectionStatusChip} />
        <DataTable.Col label="app.common.actions" disableSort field={DecideObjectionButton} />
      </DataTable>
    </List>
  );
};

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
          <TextField source="enterprise.name" label="resources.objections.fields.enterprise" />
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
