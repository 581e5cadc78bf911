import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateText } from '../common/fields';

export const TownshipShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <NumberField source="communityCount" />
      <NumberField source="enterpriseCount" />
      <DateText source="createdAt" />
      <DateText source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
