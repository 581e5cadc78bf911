import { DataTable, SearchInput, SelectInput } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { noWrap } from '../../../common/ResponsiveList';
import { AppList } from '../../../common/ListSkeleton';
import { formatDate } from '../../../common/dates';
import { enumChoices } from '../../../common/enums';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { RecordLink } from '../creditRecords/RecordLink';
import { DecideObjectionButton, ObjectionStatusChip } from './shared';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('ObjectionStatus')} alwaysOn />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
];

/** 异议收件箱: pending objections first (the default filter). */
export const ObjectionList = () => {
  return (
    <AppList
      filters={filters}
      filterDefaultValues={{ status: 'PENDING' }}
      sort={{ field: 'filedAt', order: 'DESC' }}
      actions={<ServerExportListActions list="objections" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col cellSx={noWrap} source="filedAt" render={(r) => formatDate(r.filedAt)} />
        <DataTable.Col source="enterprise.name" label="resources.objections.fields.enterprise" disableSort field={RefNameField} />
        <DataTable.Col source="record" disableSort field={RecordLink} />
        <DataTable.Col source="statement" disableSort />
        <DataTable.Col source="status" field={ObjectionStatusChip} />
        <DataTable.Col label="app.common.actions" disableSort field={DecideObjectionButton} />
      </DataTable>
    </AppList>
  );
};
