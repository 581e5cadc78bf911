import { DataTable, SearchInput, type RaRecord } from 'react-admin';
import { noWrap } from '../../../common/ResponsiveList';
import { AppList } from '../../../common/ListSkeleton';
import type { CsvColumn } from '../../../common/csv';
import { formatDate } from '../../../common/dates';
import { useCsvExporter } from '../../../common/useCsvExporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'name' },
  { source: 'code' },
  { source: 'communityCount' },
  { source: 'enterpriseCount' },
  { source: 'createdAt', value: (r) => formatDate(r.createdAt) },
];

export const TownshipList = () => {
  const exporter = useCsvExporter('townships', csvColumns);
  return (
    <AppList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.NumberCol source="communityCount" disableSort />
        <DataTable.NumberCol source="enterpriseCount" disableSort />
        <DataTable.Col cellSx={noWrap} source="createdAt" render={(r) => formatDate(r.createdAt)} />
      </DataTable>
    </AppList>
  );
};
