import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateText, JsonBlock } from '../../../common/fields';

export const AuditLogShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateText source="at" withTime />
      <TextField source="actorName" emptyText="—" />
      <TextField source="action" />
      <TextField source="entityType" />
      <TextField source="entityId" emptyText="—" />
      <TextField source="ip" emptyText="—" />
      <JsonBlock source="changes" />
    </SimpleShowLayout>
  </Show>
);
