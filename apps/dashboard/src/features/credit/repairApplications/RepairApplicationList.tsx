import { DataTable, SearchInput, SelectInput } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { noWrap } from '../../../common/ResponsiveList';
import { AppList } from '../../../common/ListSkeleton';
import { formatDate } from '../../../common/dates';
import { enumChoices } from '../../../common/enums';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { RecordLink } from '../creditRecords/RecordLink';
import { DecideRepairButton, RepairStatusChip } from './shared';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('RepairStatus')} alwaysOn />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
];

/** 信用修复收件箱: pending applications first (the default filter). */
export const RepairApplicationList = () => {
  return (
    <AppList
      filters={filters}
      filterDefaultValues={{ status: 'PENDING' }}
      sort={{ field: 'appliedAt', order: 'DESC' }}
      actions={<ServerExportListActions list="repair-applications" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col cellSx={noWrap} source="appliedAt" render={(r) => formatDate(r.appliedAt)} />
        <DataTable.Col source="enterprise.name" label="resources.repairApplications.fields.enterprise" disableSort field={RefNameField} />
        <DataTable.Col source="record" disableSort field={RecordLink} />
        <DataTable.Col source="commitment" disableSort />
        <DataTable.NumberCol source="openIssues" disableSort />
        <DataTable.Col source="status" field={RepairStatusChip} />
        <DataTable.Col label="app.common.actions" disableSort field={DecideRepairButton} />
      </DataTable>
    </AppList>
  );
};
