import { DataTable, SearchInput } from 'react-admin';
import { AppList } from '../../../common/ListSkeleton';
import { formatDate } from '../../../common/dates';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnterpriseInput key="enterpriseId" source="enterpriseId" />];

export const ProjectManagerList = () => {
  return (
    <AppList filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ServerExportListActions list="project-managers" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="enterprise.name" label="resources.projectManagers.fields.enterprise" disableSort />
        <DataTable.Col source="certificateNo" />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="createdAt" render={(r) => formatDate(r.createdAt)} />
      </DataTable>
    </AppList>
  );
};
