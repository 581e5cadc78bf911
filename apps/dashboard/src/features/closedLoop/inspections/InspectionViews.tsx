import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DataTable,
  DateInput,
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
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { useRunAction } from '../../../common/api';
import { ActionDialogButton } from '../../../common/ActionDialog';
import { todayInShanghai } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, SaveOnlyToolbar, Section } from '../../../common/layout';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { EmptyBox } from '../../../common/states';
import { TURN_FINDINGS_INTO_ISSUES } from '../workflow/operations';
import { ChecklistInput } from './ChecklistInput';
import { CreatedIssues, GradeChip } from './shared';
import type { InspectionFieldsFragment } from '../../../gql/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('InspectionKind')} />,
  <SelectInput key="grade" source="grade" choices={enumChoices('InspectionGrade')} />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <BooleanInput key="refusedToCooperate" source="refusedToCooperate" />,
  <DateInput key="dateFrom" source="dateFrom" />,
  <DateInput key="dateTo" source="dateTo" />,
];

export const InspectionList = () => {
  return (
    <List filters={filters} sort={{ field: 'date', order: 'DESC' }} actions={<ServerExportListActions list="inspections" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="date" />
        <DataTable.Col source="kind">
          <EnumText source="kind" enumName="InspectionKind" />
        </DataTable.Col>
        <DataTable.Col source="community.name" label="resources.inspections.fields.community" disableSort />
        <DataTable.Col source="enterprise.name" label="resources.inspections.fields.enterprise" disableSort />
        <DataTable.Col source="inspectors" disableSort />
        <DataTable.NumberCol source="score" />
        <DataTable.Col source="grade" field={GradeChip} />
      </DataTable>
    </List>
  );
};

type Finding = InspectionFieldsFragment['findings'][number];

/** 发现问题转入问题清单 — one step: every finding not yet turned becomes an issue, optionally assigned at once. */
const TurnFindingsButton = () => {
  const r = useRecordContext();
  const { permissions } = usePermissions<AppPermissions>();
  const run = useRunAction();
  const translate = useTranslate();
  if (!r || !hasPermission(permissions, 'issue:create')) return null;
  const open = ((r.findings ?? []) as Finding[]).filter((f) => !f.turned);
  if (open.length === 0) return null;
  return (
    <ActionDialogButton
      label="app.inspection.turnFindings"
      icon={<PlaylistAddIcon />}
      variant="contained"
      fields={[
        { name: 'measures', label: 'app.issue.measures', kind: 'multiline', helperText: 'app.inspection.assignHint' },
        { name: 'deadline', label: 'app.issue.deadline', kind: 'date', min: todayInShanghai() },
        { name: 'note', label: 'app.issue.note', kind: 'multiline' },
      ]}
      onSubmit={(v) =>
        run(
          TURN_FINDINGS_INTO_ISSUES,
          {
            inspectionId: String(r.id),
            itemIds: open.map((f) => f.itemId),
            assign: v.measures && v.deadline ? { measures: v.measures as string, deadline: v.deadline as string, note: v.note as string | undefined } : undefined,
          },
          'turnFindingsIntoIssues',
          'app.inspection.findingsTurned',
        )
      }
    >
      <Typography variant="body2">{translate('app.inspection.turnFindingsHint', { count: open.length })}</Typography>
    </ActionDialogButton>
  );
};

const Findings = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const findings = (r?.findings ?? []) as Finding[];
  if (findings.length === 0) return <EmptyBox message="app.inspection.noFindings" />;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.inspection.item')}</TableCell>
          <TableCell>{translate('app.inspection.section')}</TableCell>
          <TableCell>{translate('app.inspection.itemText')}</TableCell>
          <TableCell>{translate('resources.issues.fields.category')}</TableCell>
          <TableCell align="right">{translate('app.inspection.deduction')}</TableCell>
          <TableCell>{translate('app.inspection.note')}</TableCell>
          <TableCell>{translate('app.inspection.turned')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {findings.map((f) => (
          <TableRow key={f.itemId}>
            <TableCell>{f.itemId}</TableCell>
            <TableCell>{enumLabel(translate, 'ChecklistSection', f.section)}</TableCell>
            <TableCell>{f.title}</TableCell>
            <TableCell>{enumLabel(translate, 'IssueCategory', f.category)}</TableCell>
            <TableCell align="right">−{f.points}</TableCell>
            <TableCell>{f.note ?? ''}</TableCell>
            <TableCell>{f.turned ? '✓' : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Flags = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <>
      {r.b14Proposed && <Alert severity="warning" sx={{ mb: 1 }}>{translate('app.inspection.b14Proposed')}</Alert>}
      {r.b10Proposed && <Alert severity="warning" sx={{ mb: 1 }}>{translate('app.inspection.b10Proposed')}</Alert>}
    </>
  );
};

export const InspectionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <TurnFindingsButton />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <Flags />
      <Section title="app.section.basic">
        <FieldGrid>
          <DateText source="date" />
          <EnumText source="kind" enumName="InspectionKind" />
          <TextField source="community.name" label="resources.inspections.fields.community" />
          <TextField source="enterprise.name" label="resources.inspections.fields.enterprise" emptyText="—" />
          <TextField source="inspectors" />
          <TextField source="score" emptyText="—" />
          <GradeChip label="resources.inspections.fields.grade" />
          <TextField source="note" emptyText="—" />
        </FieldGrid>
      </Section>
      <Section title="app.inspection.findings">
        <Findings />
      </Section>
      <Section title="app.inspection.issues">
        <CreatedIssues />
      </Section>
    </Box>
  </Show>
);

/** The inspection form: community, kind, date, inspectors and the checklist with the live total and grade. */
export const InspectionCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 1100 }} toolbar={<SaveOnlyToolbar />} defaultValues={{ date: todayInShanghai(), kind: 'SCHEDULED', refusedToCooperate: false, deductions: [] }}>
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <SelectInput source="kind" choices={enumChoices('InspectionKind')} validate={required()} />
      <DateInput source="date" validate={required()} />
      <TextInput source="inspectors" validate={required()} fullWidth />
      <BooleanInput source="refusedToCooperate" />
      <FormDataConsumer>{({ formData }) => <ChecklistInput refused={Boolean(formData.refusedToCooperate)} />}</FormDataConsumer>
      <TextInput source="note" multiline minRows={2} fullWidth />
    </SimpleForm>
  </Create>
);
