import { Box } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  required,
  usePermissions,
  type RaRecord,
} from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import type { CsvColumn } from '../../../common/csv';
import { formatDate, todayInShanghai } from '../../../common/dates';
import { enumChoices } from '../../../common/enums';
import { DateText } from '../../../common/fields';
import { FieldGrid, SaveOnlyToolbar, Section } from '../../../common/layout';
import { EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { useCsvExporter } from '../../../common/useCsvExporter';
import { ChecklistInput } from '../inspections/ChecklistInput';
import { CreatedIssues, DeductionsTable, GradeChip } from '../inspections/shared';

const byName = { field: 'name', order: 'ASC' } as const;

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'id' },
  { source: 'date' },
  { source: 'community.name', label: 'resources.selfChecks.fields.community' },
  { source: 'township.name', label: 'resources.selfChecks.fields.township' },
  { source: 'enterprise.name', label: 'resources.selfChecks.fields.enterprise' },
  { source: 'score' },
  { source: 'grade' },
  { source: 'note' },
  { source: 'createdAt', value: (r) => formatDate(r.createdAt) },
];

const filters = [
  <ReferenceInput key="communityId" source="communityId" reference="communities" sort={byName} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="grade" source="grade" choices={enumChoices('InspectionGrade')} />,
  <DateInput key="dateFrom" source="dateFrom" />,
  <DateInput key="dateTo" source="dateTo" />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
];

export const SelfCheckList = () => {
  const exporter = useCsvExporter('selfChecks', csvColumns);
  return (
    <List filters={filters} sort={{ field: 'date', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="date" />
        <DataTable.Col source="community.name" label="resources.selfChecks.fields.community" disableSort />
        <DataTable.Col source="enterprise.name" label="resources.selfChecks.fields.enterprise" disableSort />
        <DataTable.NumberCol source="score" />
        <DataTable.Col source="grade" field={GradeChip} disableSort />
      </DataTable>
    </List>
  );
};

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

/** The firm's own communities: the API scopes them to the caller; the firm's id narrows the choices explicitly. */
const OwnCommunityInput = () => {
  const { permissions } = usePermissions<AppPermissions>();
  const enterpriseId = permissions?.role === 'ENTERPRISE' ? permissions.enterprise?.id : undefined;
  return (
    <ReferenceInput source="communityId" reference="communities" sort={byName} filter={enterpriseId ? { enterpriseId } : {}}>
      <AutocompleteInput optionText="name" validate={required()} helperText="app.selfCheck.communityHint" />
    </ReferenceInput>
  );
};

/** The self-check form: one of the firm's communities, the date and the checklist with the live total and grade. */
export const SelfCheckCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 1100 }} toolbar={<SaveOnlyToolbar />} defaultValues={{ date: todayInShanghai(), deductions: [] }}>
      <OwnCommunityInput />
      <DateInput source="date" validate={required()} />
      <ChecklistInput />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </SimpleForm>
  </Create>
);
