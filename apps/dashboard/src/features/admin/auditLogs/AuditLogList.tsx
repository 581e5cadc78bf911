import { AutocompleteInput, DataTable, ReferenceInput, SearchInput, TextInput, type RaRecord } from 'react-admin';
import { noWrap } from '../../../common/ResponsiveList';
import { AppList } from '../../../common/ListSkeleton';
import type { CsvColumn } from '../../../common/csv';
import { formatDateTime } from '../../../common/dates';
import { prettyJson } from '../../../common/json';
import { useCsvExporter } from '../../../common/useCsvExporter';
import { auditActionText, auditEntityText } from './auditWords';
import { AuditActionField, AuditEntityField } from './AuditFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="entityType" source="entityType" />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="action" source="action" />,
  <ReferenceInput key="actorId" source="actorId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput optionText="displayName" />
  </ReferenceInput>,
];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'at', value: (r) => formatDateTime(r.at) },
  { source: 'actorName' },
  { source: 'action', value: (r, t) => auditActionText(t, r.action) },
  { source: 'entityType', value: (r, t) => auditEntityText(t, r.entityType) },
  { source: 'entityId' },
  { source: 'changes', value: (r) => (r.changes == null ? '' : prettyJson(r.changes).replace(/\s*\n\s*/g, ' ')) },
  { source: 'ip' },
];

export const AuditLogList = () => {
  const exporter = useCsvExporter('auditLogs', csvColumns);
  return (
    <AppList filters={filters} sort={{ field: 'at', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col cellSx={noWrap} source="at" render={(r) => formatDateTime(r.at)} />
        <DataTable.Col source="actorName" disableSort />
        <DataTable.Col source="action" field={AuditActionField} />
        <DataTable.Col source="entityType" field={AuditEntityField} />
        <DataTable.Col source="entityId" disableSort />
        <DataTable.Col source="ip" disableSort />
      </DataTable>
    </AppList>
  );
};
