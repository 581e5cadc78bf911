import { DataTable, SearchInput, SelectInput } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { AppList } from '../../../common/ListSkeleton';
import { enumChoices } from '../../../common/enums';
import { DecimalText } from '../../../common/fields';
import { TownshipInput } from '../../../common/referenceInputs';
import { ServerExportListActions } from '../../../common/ServerExport';
import { GradeChip, ListStatusChip, StatusChip } from './CreditChips';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <SelectInput key="status" source="status" choices={enumChoices('EnterpriseStatus')} />,
  <SelectInput key="listStatus" source="listStatus" choices={enumChoices('ListStatus')} />,
  <SelectInput key="grade" source="grade" choices={enumChoices('CreditGrade')} />,
];

export const EnterpriseList = () => {
  return (
    <AppList filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ServerExportListActions list="enterprises" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="uscc" />
        <DataTable.Col source="township.name" label="resources.enterprises.fields.township" disableSort field={RefNameField} />
        <DataTable.Col source="status" field={StatusChip} />
        <DataTable.Col source="score" align="right">
          <DecimalText source="score" />
        </DataTable.Col>
        <DataTable.Col source="grade" disableSort field={GradeChip} />
        <DataTable.Col source="listStatus" disableSort field={ListStatusChip} />
        <DataTable.NumberCol source="communityCount" disableSort />
        <DataTable.NumberCol source="managerCount" disableSort />
      </DataTable>
    </AppList>
  );
};
