import { Alert, Box } from '@mui/material';
import { ArrayField, DataTable, NumberField, ReferenceField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { NUMBER_LOCALE } from '../../../common/format';

interface Version {
  validFrom: string | null;
  validTo: string | null;
  type: string;
  serviceMode: string;
  enterpriseName: string | null;
  townshipName: string;
}

/** 登记历史 (issue 17): which firm served the community, its kind and service mode, from when to when. */
const History = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ history?: Version[] }>();
  if (!record?.history) return null;
  return (
    <Section title="app.section.history">
      <ArrayField source="history">
        <DataTable bulkActionButtons={false} rowClick={false} data-testid="community-history">
          <DataTable.Col
            source="validFrom"
            label="app.communityHistory.validFrom"
            disableSort
            render={(r: Version) => (r.validFrom ? formatDate(r.validFrom) : translate('app.communityHistory.since'))}
          />
          <DataTable.Col
            source="validTo"
            label="app.communityHistory.validTo"
            disableSort
            render={(r: Version) => (r.validTo ? formatDate(r.validTo) : translate('app.communityHistory.current'))}
          />
          <DataTable.Col
            source="enterpriseName"
            label="resources.communities.fields.enterpriseId"
            disableSort
            render={(r: Version) => r.enterpriseName ?? '—'}
          />
          <DataTable.Col
            source="serviceMode"
            label="resources.communities.fields.serviceMode"
            disableSort
            render={(r: Version) => enumLabel(translate, 'ServiceMode', r.serviceMode)}
          />
          <DataTable.Col
            source="type"
            label="resources.communities.fields.type"
            disableSort
            render={(r: Version) => enumLabel(translate, 'CommunityType', r.type)}
          />
          <DataTable.Col source="townshipName" label="resources.communities.fields.townshipId" disableSort />
        </DataTable>
      </ArrayField>
    </Section>
  );
};

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
      <History />
    </Box>
  </Show>
);
