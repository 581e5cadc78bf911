import { Box } from '@mui/material';
import { NumberField, ReferenceField, Show, TextField } from 'react-admin';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { NUMBER_LOCALE } from '../../../common/format';

export const CommunityShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <TextField source="name" />
          <ReferenceField source="townshipId" reference="townships" link="show" />
          <TextField source="address" emptyText="—" />
          <EnumText source="type" enumName="CommunityType" />
          <NumberField locales={NUMBER_LOCALE} source="households" />
          <NumberField locales={NUMBER_LOCALE} source="floorArea" />
          <DateText source="deliveryDate" />
          <NumberField locales={NUMBER_LOCALE} source="officeArea" emptyText="—" />
          <NumberField locales={NUMBER_LOCALE} source="maintenanceFundBalance" options={{ minimumFractionDigits: 2, maximumFractionDigits: 2 }} emptyText="—" />
        </FieldGrid>
      </Section>
      <Section title="app.section.contract">
        <FieldGrid>
          <EnumText source="serviceMode" enumName="ServiceMode" />
          <ReferenceField source="enterpriseId" reference="enterprises" link="show" emptyText="—" />
          <DateText source="contractStart" />
          <DateText source="contractEnd" />
          <DateText source="createdAt" />
          <DateText source="updatedAt" />
        </FieldGrid>
      </Section>
    </Box>
  </Show>
);
