import { BooleanField, DataTable, NullableBooleanInput, SearchInput, SelectInput, useTranslate, type RaRecord } from 'react-admin';
import { noWrap } from '../../../common/ResponsiveList';
import { AppList } from '../../../common/ListSkeleton';
import type { CsvColumn } from '../../../common/csv';
import { formatDate, formatDateTime } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { useCsvExporter } from '../../../common/useCsvExporter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} />,
  <NullableBooleanInput key="active" source="active" />,
];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'username' },
  { source: 'displayName' },
  { source: 'role', value: (r, t) => enumLabel(t, 'Role', r.role) },
  { source: 'active', value: (r, t) => t(r.active ? 'ra.boolean.true' : 'ra.boolean.false') },
  { source: 'lastLoginAt', value: (r) => formatDateTime(r.lastLoginAt) },
  { source: 'createdAt', value: (r) => formatDate(r.createdAt) },
];

export const UserList = () => {
  const translate = useTranslate();
  const exporter = useCsvExporter('users', csvColumns);
  return (
    <AppList filters={filters} sort={{ field: 'username', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="role" render={(r) => enumLabel(translate, 'Role', r.role)} />
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col cellSx={noWrap} source="lastLoginAt" render={(r) => formatDateTime(r.lastLoginAt)} />
        <DataTable.Col cellSx={noWrap} source="createdAt" render={(r) => formatDate(r.createdAt)} />
      </DataTable>
    </AppList>
  );
};
