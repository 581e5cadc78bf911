import { Alert, Box } from '@mui/material';
import { NumberField, ReferenceField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { NUMBER_LOCALE } from '../../../common/format';

/** 清出市场: a community whose firm was expelled is marked until its handover is completed. */
const HandoverMark = () => {
  const record = useRecordContext<{ handoverDeadline?: string | null }>();
  const translate = useTranslate();
  if (!record?.handoverDeadline) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="handover-mark">
      {translate('app.inspectionPlan.handover', { date: record.handoverDeadline })}
    </Alert>
  );
};

export const CommunityShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <HandoverMark />
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
