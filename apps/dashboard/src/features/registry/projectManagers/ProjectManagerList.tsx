import { DataTable, SearchInput } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { noWrap } from '../../../common/ResponsiveList';
import { AppList } from '../../../common/ListSkeleton';
import { formatDate } from '../../../common/dates';
import { formatScore } from '../../../common/format';
import { GradeChip } from '../enterprises/CreditChips';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnterpriseInput key="enterpriseId" source="enterpriseId" />];

export const ProjectManagerList = () => {
  return (
    <AppList filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ServerExportListActions list="project-managers" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="enterprise.name" label="resources.projectManagers.fields.enterprise" disableSort field={RefNameField} />
        <DataTable.Col source="certificateNo" />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="score" render={(r) => formatScore(r.score)} />
        <DataTable.Col source="grade" disableSort>
          <GradeChip />
        </DataTable.Col>
        <DataTable.Col cellSx={noWrap} source="createdAt" render={(r) => formatDate(r.createdAt)} />
      </DataTable>
    </AppList>
  );
};
