import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  FormDataConsumer,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useGql } from '../../../common/api';
import { formatDateTime, todayInShanghai } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, SaveOnlyToolbar, Section } from '../../../common/layout';
import { ServerExportButtons } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { EmptyBox } from '../../../common/states';
import { Timeline } from '../../../common/Timeline';
import { STANDARD_QUERY } from '../pages/operations';
import { RecordActionButtons } from '../pages/RecordActionButtons';
import type { CreditRecordFieldsFragment, CreditRecordListFieldsFragment } from '../../../gql/graphql';

const STATUS_COLORS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  PROPOSED: 'default',
  PUBLICIZING: 'info',
  OBJECTED: 'warning',
  CONFIRMED: 'success',
  REVOKED: 'default',
  EXPIRED: 'default',
  REPAIRED: 'info',
};

export const RecordStatusChip = ({ source = 'status' }: { source?: string; label?: string; sortable?: boolean }): ReactElement | null => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const status = String(record[source] ?? '');
  return <Chip size="small" color={STATUS_COLORS[status] ?? 'default'} label={enumLabel(translate, 'CreditRecordStatus', status)} variant={status === 'REVOKED' ? 'outlined' : 'filled'} sx={{ width: 'fit-content' }} />;
};

export const PointsText = ({ source = 'points' }: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  if (!record) return null;
  const points = Number(record[source]);
  return (
    <Typography component="span" variant="body2" sx={{ fontWeight: 600, color: points < 0 ? 'error.main' : 'success.main' }}>
      {points > 0 ? `+${points}` : points}
    </Typography>
  );
};

/** Buttons inside a clickable row: clicks (also inside their dialogs) must not open the row. */
export const RowActions = () => {
  const record = useRecordContext<CreditRecordListFieldsFragment>();
  if (!record) return null;
  return (
    <Box onClick={(e) => e.stopPropagation()}>
      <RecordActionButtons record={record} />
    </Box>
  );
};

const subjectName = (r: RaRecord) => (r.subjectType === 'MANAGER' ? `${r.manager?.name ?? ''}（${r.enterprise?.name ?? ''}）` : (r.enterprise?.name ?? ''));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <SelectInput key="status" source="status" choices={enumChoices('CreditRecordStatus')} />,
  <SelectInput key="subjectType" source="subjectType" choices={enumChoices('CreditSubjectType')} />,
  <TextInput key="itemCode" source="itemCode" />,
  <SelectInput key="sourceType" source="sourceType" choices={enumChoices('CreditSourceType')} />,
  <BooleanInput key="negative" source="negative" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="app.creditRecord.propose" />
    <ServerExportButtons list="credit-records" />
  </TopToolbar>
);

export const CreditRecordList = () => {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="itemCode" render={(r) => `${r.itemCode} ${r.itemLabel ?? ''}`} />
        <DataTable.Col source="enterprise" disableSort render={subjectName} />
        <DataTable.Col source="points" align="right" field={PointsText} />
        <DataTable.Col source="status" field={RecordStatusChip} />
        <DataTable.Col source="effectiveFrom" />
        <DataTable.Col source="expiresOn" />
        <DataTable.Col source="objectionDeadline" disableSort />
        <DataTable.Col source="sourceType" disableSort>
          <EnumText source="sourceType" enumName="CreditSourceType" />
        </DataTable.Col>
        <DataTable.Col label="app.common.actions" disableSort field={RowActions} />
      </DataTable>
    </List>
  );
};

const ShowActions = () => {
  const record = useRecordContext<CreditRecordFieldsFragment>();
  if (!record) return null;
  return (
    <TopToolbar>
      <RecordActionButtons record={record} />
    </TopToolbar>
  );
};

const Events = () => {
  const record = useRecordContext();
  const events = (record?.events ?? []) as { id: string; fromStatus: string | null; toStatus: string; at: string; actorName: string | null; note: string | null }[];
  return <Timeline events={events.map((e) => ({ ...e, fromState: e.fromStatus, toState: e.toStatus }))} stateEnum="CreditRecordStatus" />;
};

const Objections = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = (record?.objections ?? []) as { id: string; status: string; statement: string; evidence: string | null; filedAt: string; decisionNote: string | null; decidedAt: string | null }[];
  if (rows.length === 0) return <EmptyBox />;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['filedAt', 'status', 'statement', 'evidence', 'decisionNote', 'decidedAt'].map((f) => (
            <TableCell key={f}>{translate(`resources.objections.fields.${f}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((o) => (
          <TableRow key={o.id}>
            <TableCell>{formatDateTime(o.filedAt)}</TableCell>
            <TableCell>{enumLabel(translate, 'ObjectionStatus', o.status)}</TableCell>
            <TableCell>{o.statement}</TableCell>
            <TableCell>{o.evidence ?? ''}</TableCell>
            <TableCell>{o.decisionNote ?? ''}</TableCell>
            <TableCell>{formatDateTime(o.decidedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const SubjectField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {subjectName(record)}
    </Typography>
  );
};

export const CreditRecordShow = () => (
  <Show actions={<ShowActions />}>
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <TextField source="itemCode" />
          <TextField source="itemLabel" emptyText="—" />
          <SubjectField label="resources.creditRecords.fields.enterprise" />
          <EnumText source="subjectType" enumName="CreditSubjectType" />
          <PointsText source="points" label="resources.creditRecords.fields.points" />
          <TextField source="termMonths" />
          <RecordStatusChip source="status" label="resources.creditRecords.fields.status" />
          <DateText source="effectiveFrom" />
          <DateText source="expiresOn" />
          <DateText source="publicizedOn" />
          <DateText source="objectionDeadline" />
          <DateText source="confirmedOn" />
          <DateText source="repairedOn" />
          <TextField source="community.name" label="resources.creditRecords.fields.community" emptyText="—" />
          <EnumText source="sourceType" enumName="CreditSourceType" />
          <TextField source="sourceId" emptyText="—" />
          <TextField source="standardVersion" />
          <TextField source="correctsId" emptyText="—" />
          <DateText source="proposedAt" withTime />
        </FieldGrid>
      </Section>
      <Section title="resources.creditRecords.fields.reason">
        <TextField source="reason" />
        <Box sx={{ mt: 1 }}>
          <TextField source="evidence" emptyText="" />
        </Box>
      </Section>
      <Section title="app.creditRecord.decisionSection">
        <FieldGrid>
          <EnumText source="decision" enumName="CreditRecordStatus" />
          <TextField source="decisionNote" emptyText="—" />
          <DateText source="decidedAt" withTime />
          <TextField source="revokeReason" emptyText="—" />
          <DateText source="revokedAt" withTime />
        </FieldGrid>
      </Section>
      <Section title="app.section.objections">
        <Objections />
      </Section>
      <Section title="app.section.timeline">
        <Events />
      </Section>
    </Box>
  </Show>
);

const ItemInput = ({ subject }: { subject: string }) => {
  const { data } = useGql(['standard'], STANDARD_QUERY);
  const choices = (data?.scoringStandard.items ?? [])
    .filter((i) => i.subject === subject)
    .map((i) => ({ id: i.code, name: `${i.code} ${i.label}（${i.points > 0 ? '+' : ''}${i.points}，${i.termMonths}）` }));
  return <SelectInput source="itemCode" choices={choices} validate={required()} translateChoice={false} fullWidth />;
};

/** Proposing a record (credit:propose); the bureau's proposals are publicized at once, a department's wait. */
export const CreditRecordCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }} toolbar={<SaveOnlyToolbar />} defaultValues={{ subjectType: 'ENTERPRISE', effectiveFrom: todayInShanghai(), sourceType: 'MANUAL' }}>
      <SelectInput source="subjectType" choices={enumChoices('CreditSubjectType')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.subjectType === 'MANAGER' ? (
            <ReferenceInput source="managerId" reference="projectManagers" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput optionText="name" validate={required()} />
            </ReferenceInput>
          ) : (
            <EnterpriseInput source="enterpriseId" isRequired />
          )
        }
      </FormDataConsumer>
      <FormDataConsumer>{({ formData }) => <ItemInput subject={formData.subjectType ?? 'ENTERPRISE'} />}</FormDataConsumer>
      <DateInput source="effectiveFrom" validate={required()} />
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <TextInput source="reason" multiline minRows={3} validate={required()} fullWidth />
      <TextInput source="evidence" multiline minRows={2} fullWidth />
      <SelectInput source="sourceType" choices={enumChoices('CreditSourceType')} />
      <TextInput source="sourceId" />
    </SimpleForm>
  </Create>
);
