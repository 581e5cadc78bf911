import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateText, JsonBlock } from '../../../common/fields';
import { AuditActionField, AuditEntityField } from './AuditFields';

export const AuditLogShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateText source="at" withTime />
      <TextField source="actorName" emptyText="—" />
      <AuditActionField source="action" />
      <AuditEntityField source="entityType" />
      <TextField source="entityId" emptyText="—" />
      <TextField source="ip" emptyText="—" />
      <JsonBlock source="changes" />
    </SimpleShowLayout>
  </Show>
);
