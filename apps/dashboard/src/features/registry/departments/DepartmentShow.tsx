import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateText, EnumChips } from '../../../common/fields';

export const DepartmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <EnumChips source="remit" enumName="IssueCategory" />
      <DateText source="createdAt" />
      <DateText source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
