import { DataTable, SearchInput, type RaRecord } from 'react-admin';
import { noWrap } from '../../common/ResponsiveList';
import { AppList } from '../../common/ListSkeleton';
import type { CsvColumn } from '../../common/csv';
import { formatDate } from '../../common/dates';
import { useCsvExporter } from '../../common/useCsvExporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'name' },
  { source: 'uscc' },
  { source: 'contactPerson' },
  { source: 'contactPhone' },
  { source: 'address' },
  { source: 'createdAt', value: (r) => formatDate(r.createdAt) },
];

export const DeveloperList = () => {
  const exporter = useCsvExporter('developers', csvColumns);
  return (
    <AppList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col cellSx={noWrap} source="uscc" />
        <DataTable.Col source="contactPerson" disableSort />
        <DataTable.Col cellSx={noWrap} source="contactPhone" disableSort />
        <DataTable.Col source="address" disableSort />
      </DataTable>
    </AppList>
  );
};
