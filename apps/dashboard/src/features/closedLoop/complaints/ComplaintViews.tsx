import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DataTable,
  DateInput,
  DateTimeInput,
  Link,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  minValue,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDate } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, SaveOnlyToolbar, Section } from '../../../common/layout';
import { ServerExportListActions } from '../../../common/ServerExport';
import { DepartmentInput, EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { Timeline, type TimelineEvent } from '../../../common/Timeline';
import { ComplaintActionButtons } from '../workflow/WorkflowButtons';
import { CategoryInputs } from '../issues/IssueViews';
import { complaintEventLabel } from './history';

export const ComplaintStateChip = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      <Chip size="small" color={r.state === 'CLOSED' ? 'success' : r.state === 'REJECTED' ? 'default' : 'info'} label={enumLabel(translate, 'ComplaintState', r.state)} />
      {r.firstResponseLate && <Chip size="small" color="error" label={translate('app.complaint.firstResponseLate')} />}
      {r.resolutionLate && <Chip size="small" color="error" variant="outlined" label={translate('app.complaint.resolutionLate')} />}
      {r.collective && <Chip size="small" color="warning" label={translate('app.complaint.collective')} />}
    </Stack>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('ComplaintState')} />,
  <SelectInput key="category" source="category" choices={enumChoices('IssueCategory')} />,
  <SelectInput key="channel" source="channel" choices={enumChoices('ComplaintChannel')} />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <DepartmentInput key="departmentId" source="departmentId" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <BooleanInput key="open" source="open" />,
  <BooleanInput key="overdue" source="overdue" />,
  <BooleanInput key="collective" source="collective" />,
  <SelectInput key="followUpRating" source="followUpRating" choices={enumChoices('FollowUpRating')} />,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
  <DateInput key="closedFrom" source="closedFrom" />,
  <DateInput key="closedTo" source="closedTo" />,
  <BooleanInput key="rated" source="rated" />,
];

export const ComplaintList = () => {
  return (
    <List filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }} actions={<ServerExportListActions list="complaints" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="receivedAt" render={(r) => formatDate(r.receivedAt)} />
        <DataTable.Col source="channel" disableSort>
          <EnumText source="channel" enumName="ComplaintChannel" />
        </DataTable.Col>
        <DataTable.Col source="category">
          <EnumText source="category" enumName="IssueCategory" />
        </DataTable.Col>
        <DataTable.Col source="community.name" label="resources.complaints.fields.community" disableSort />
        <DataTable.Col source="department.name" label="resources.complaints.fields.department" disableSort />
        <DataTable.Col source="complainantName" disableSort />
        <DataTable.Col source="content" disableSort render={(r) => (String(r.content).length > 40 ? `${String(r.content).slice(0, 40)}…` : r.content)} />
        <DataTable.Col source="state" field={ComplaintStateChip} />
      </DataTable>
    </List>
  );
};

const Events = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const events = (r?.events ?? []) as (TimelineEvent & { action: string })[];
  return (
    <Timeline
      events={events}
      stateEnum="ComplaintState"
      action={(e) => complaintEventLabel(translate, e.action, r?.followUpRating)}
    />
  );
};

const Masked = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r || !(String(r.complainantName ?? '').includes('*') || String(r.complainantPhone ?? '').includes('*'))) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('app.complaint.masked')}
    </Alert>
  );
};

const IssueLink = (_props: { label?: string }) => {
  const r = useRecordContext();
  if (!r?.issueId) return <Typography variant="body2">—</Typography>;
  return <Link to={`/issues/${r.issueId}/show`}>#{r.issueId}</Link>;
};

export const ComplaintShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ShowActions />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <Masked />
      <Section title="app.section.basic">
        <FieldGrid>
          <DateText source="receivedAt" withTime />
          <EnumText source="channel" enumName="ComplaintChannel" />
          <EnumText source="category" enumName="IssueCategory" />
          <TextField source="subtype" emptyText="—" />
          <ComplaintStateChip label="resources.complaints.fields.state" />
          <TextField source="community.name" label="resources.complaints.fields.community" />
          <TextField source="enterprise.name" label="resources.complaints.fields.enterprise" emptyText="—" />
          <TextField source="department.name" label="resources.complaints.fields.department" emptyText="—" />
          <TextField source="complainantName" emptyText="—" />
          <TextField source="complainantPhone" emptyText="—" />
          <TextField source="complainantCount" />
          <DateText source="firstResponseDue" withTime />
          <DateText source="resolutionDue" withTime />
          <DateText source="respondedAt" withTime />
          <DateText source="handledAt" withTime />
          <DateText source="closedAt" withTime />
          <IssueLink label="resources.complaints.fields.issueId" />
          <EnumText source="followUpRating" enumName="FollowUpRating" />
        </FieldGrid>
      </Section>
      <Section title="resources.complaints.fields.content">
        <TextField source="content" />
      </Section>
      <Section title="app.complaint.handling">
        <FieldGrid>
          <TextField source="responseNote" emptyText="—" />
          <TextField source="answer" emptyText="—" />
          <TextField source="rejectionReasons" emptyText="—" />
          <TextField source="followUpNote" emptyText="—" />
        </FieldGrid>
      </Section>
      <Section title="app.section.timeline">
        <Events />
      </Section>
    </Box>
  </Show>
);

const ShowActions = () => {
  const r = useRecordContext();
  return r ? <ComplaintActionButtons complaint={r as { id: string; availableActions?: string[] }} /> : null;
};

/** Complaint intake: the category routes it automatically to the department owning it. */
export const ComplaintCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }} toolbar={<SaveOnlyToolbar />} defaultValues={{ channel: 'HOTLINE', complainantCount: 1 }}>
      <SelectInput source="channel" choices={enumChoices('ComplaintChannel')} validate={required()} />
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <CategoryInputs />
      <TextInput source="content" multiline minRows={3} validate={required()} fullWidth />
      <TextInput source="complainantName" />
      <TextInput source="complainantPhone" />
      <NumberInput source="complainantCount" validate={minValue(1)} helperText="app.complaint.countHint" />
      <DateTimeInput source="receivedAt" helperText="app.complaint.receivedAtHint" />
    </SimpleForm>
  </Create>
);
