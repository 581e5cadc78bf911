import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateText, EnumText } from '../../../common/fields';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <EnumText source="role" enumName="Role" />
      <ReferenceField source="townshipId" reference="townships" link="show" emptyText="—" />
      <ReferenceField source="departmentId" reference="departments" link="show" emptyText="—" />
      <ReferenceField source="enterpriseId" reference="enterprises" link="show" emptyText="—" />
      <BooleanField source="active" />
      <DateText source="lastLoginAt" withTime />
      <DateText source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
