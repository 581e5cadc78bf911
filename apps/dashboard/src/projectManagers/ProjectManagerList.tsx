import { DataTable, List, SearchInput, type RaRecord } from 'react-admin';
import type { CsvColumn } from '../common/csv';
import { formatDate } from '../common/dates';
import { EnterpriseInput } from '../common/referenceInputs';
import { useCsvExporter } from '../common/useCsvExporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnterpriseInput key="enterpriseId" source="enterpriseId" />];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'name' },
  { source: 'enterprise.name', label: 'resources.projectManagers.fields.enterprise' },
  { source: 'certificateNo' },
  { source: 'phone' },
  { source: 'createdAt', value: (r) => formatDate(r.createdAt) },
];

export const ProjectManagerList = () => {
  const exporter = useCsvExporter('projectManagers', csvColumns);
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="enterprise.name" label="resources.projectManagers.fields.enterprise" disableSort />
        <DataTable.Col source="certificateNo" />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="createdAt" render={(r) => formatDate(r.createdAt)} />
      </DataTable>
    </List>
  );
};
