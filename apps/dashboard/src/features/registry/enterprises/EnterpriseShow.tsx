import CreditScoreIcon from '@mui/icons-material/CreditScore';
import {
  Button,
  DataTable,
  EditButton,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { noWrap } from '../../../common/ResponsiveList';
import { Box } from '@mui/material';
import { enumLabel } from '../../../common/enums';
import { DateText, DecimalText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { formatDate } from '../../../common/dates';
import { GradeChip, ListStatusChip, StatusChip } from './CreditChips';
import { NUMBER_LOCALE } from '../../../common/format';

const CommunitiesOfEnterprise = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField reference="communities" target="enterpriseId" sort={{ field: 'name', order: 'ASC' }} perPage={10} pagination={<Pagination />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="township.name" label="resources.communities.fields.township" disableSort />
        <DataTable.Col source="type" disableSort render={(r) => enumLabel(translate, 'CommunityType', r.type)} />
        <DataTable.NumberCol source="households" />
        <DataTable.NumberCol source="floorArea" />
        <DataTable.Col cellSx={noWrap} source="contractEnd" render={(r) => formatDate(r.contractEnd)} />
      </DataTable>
    </ReferenceManyField>
  );
};

const ManagersOfEnterprise = () => (
  <ReferenceManyField reference="projectManagers" target="enterpriseId" sort={{ field: 'name', order: 'ASC' }} perPage={10} pagination={<Pagination />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="certificateNo" />
      <DataTable.Col source="phone" disableSort />
    </DataTable>
  </ReferenceManyField>
);

/** The firm's credit file (score, breakdown, history) and, when allowed, edit. */
const EnterpriseShowActions = () => {
  const record = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      {record && (
        <Button label="app.credit.open" to={`/credit/${record.id}`}>
          <CreditScoreIcon />
        </Button>
      )}
      {hasEdit && <EditButton />}
    </TopToolbar>
  );
};

export const EnterpriseShow = () => (
  <Show actions={<EnterpriseShowActions />}>
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <TextField source="name" />
          <TextField source="uscc" />
          <TextField source="legalRepresentative" />
          <TextField source="contactPerson" emptyText="—" />
          <TextField source="contactPhone" emptyText="—" />
          <TextField source="address" emptyText="—" />
          <TextField source="township.name" label="resources.enterprises.fields.township" />
          <StatusChip source="status" />
          <DateText source="createdAt" />
        </FieldGrid>
      </Section>
      <Section title="app.section.credit">
        <FieldGrid>
          <DecimalText source="score" />
          <GradeChip source="grade" />
          <ListStatusChip source="listStatus" showTerm />
          <NumberField locales={NUMBER_LOCALE} source="communityCount" />
          <NumberField locales={NUMBER_LOCALE} source="managerCount" />
        </FieldGrid>
      </Section>
      <Section title="app.section.communities">
        <CommunitiesOfEnterprise />
      </Section>
      <Section title="app.section.managers">
        <ManagersOfEnterprise />
      </Section>
    </Box>
  </Show>
);
