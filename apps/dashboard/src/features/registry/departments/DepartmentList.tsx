import { DataTable, SearchInput, SelectInput, type RaRecord } from 'react-admin';
import { AppList } from '../../../common/ListSkeleton';
import type { CsvColumn } from '../../../common/csv';
import { enumChoices, enumLabel } from '../../../common/enums';
import { EnumChips } from '../../../common/fields';
import { useCsvExporter } from '../../../common/useCsvExporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="category" source="category" choices={enumChoices('IssueCategory')} />];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'name' },
  { source: 'code' },
  {
    source: 'remit',
    value: (r, t) => ((r.remit as string[] | undefined) ?? []).map((c) => enumLabel(t, 'IssueCategory', c)).join('、'),
  },
];

export const DepartmentList = () => {
  const exporter = useCsvExporter('departments', csvColumns);
  return (
    <AppList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.Col source="remit" disableSort>
          <EnumChips source="remit" enumName="IssueCategory" />
        </DataTable.Col>
      </DataTable>
    </AppList>
  );
};
