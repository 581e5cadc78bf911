import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateText } from '../../../common/fields';
import { NUMBER_LOCALE } from '../../../common/format';

export const TownshipShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <NumberField locales={NUMBER_LOCALE} source="communityCount" />
      <NumberField locales={NUMBER_LOCALE} source="enterpriseCount" />
      <DateText source="createdAt" />
      <DateText source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
