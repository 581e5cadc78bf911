import { AutocompleteInput, DataTable, DateInput, ReferenceInput, SelectInput, SimpleList, type RaRecord } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { AppList } from '../../../common/ListSkeleton';
import type { CsvColumn } from '../../../common/csv';
import { formatDate } from '../../../common/dates';
import { enumChoices } from '../../../common/enums';
import { EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { useCsvExporter } from '../../../common/useCsvExporter';
import { GradeChip } from '../inspections/shared';
import { Responsive, line, noWrap } from '../../../common/ResponsiveList';

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
    <AppList filters={filters} sort={{ field: 'date', order: 'DESC' }} exporter={exporter}>
      <Responsive
        small={
          <SimpleList
            rowClick="show"
            primaryText={(r) => r.community?.name ?? ''}
            secondaryText={(r) => line(r.enterprise?.name, r.score != null ? String(r.score) : null, r.grade)}
            tertiaryText={(r) => <span style={{ whiteSpace: 'nowrap' }}>{r.date}</span>}
          />
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="date" cellSx={noWrap} />
          <DataTable.Col source="community.name" label="resources.selfChecks.fields.community" disableSort field={RefNameField} />
          <DataTable.Col source="enterprise.name" label="resources.selfChecks.fields.enterprise" disableSort field={RefNameField} />
          <DataTable.NumberCol source="score" />
          <DataTable.Col source="grade" field={GradeChip} disableSort />
        </DataTable>
      </Responsive>
    </AppList>
  );
};
