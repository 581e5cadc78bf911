import { DataTable, List, SearchInput, SelectInput, useTranslate, type RaRecord } from 'react-admin';
import type { CsvColumn } from '../common/csv';
import { formatDate } from '../common/dates';
import { enumChoices, enumLabel } from '../common/enums';
import { EnterpriseInput, TownshipInput } from '../common/referenceInputs';
import { useCsvExporter } from '../common/useCsvExporter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <SelectInput key="type" source="type" choices={enumChoices('CommunityType')} />,
  <SelectInput key="serviceMode" source="serviceMode" choices={enumChoices('ServiceMode')} />,
];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'name' },
  { source: 'township.name', label: 'resources.communities.fields.township' },
  { source: 'address' },
  { source: 'type', value: (r, t) => enumLabel(t, 'CommunityType', r.type) },
  { source: 'households' },
  { source: 'floorArea' },
  { source: 'deliveryDate', value: (r) => formatDate(r.deliveryDate) },
  { source: 'serviceMode', value: (r, t) => enumLabel(t, 'ServiceMode', r.serviceMode) },
  { source: 'enterprise.name', label: 'resources.communities.fields.enterprise' },
  { source: 'contractStart', value: (r) => formatDate(r.contractStart) },
  { source: 'contractEnd', value: (r) => formatDate(r.contractEnd) },
  { source: 'officeArea' },
  { source: 'maintenanceFundBalance' },
];

export const CommunityList = () => {
  const translate = useTranslate();
  const exporter = useCsvExporter('communities', csvColumns);
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="township.name" label="resources.communities.fields.township" disableSort />
        <DataTable.Col source="type" disableSort render={(r) => enumLabel(translate, 'CommunityType', r.type)} />
        <DataTable.Col source="serviceMode" disableSort render={(r) => enumLabel(translate, 'ServiceMode', r.serviceMode)} />
        <DataTable.Col source="enterprise.name" label="resources.communities.fields.enterprise" disableSort />
        <DataTable.NumberCol source="households" />
        <DataTable.NumberCol source="floorArea" />
        <DataTable.Col source="deliveryDate" render={(r) => formatDate(r.deliveryDate)} />
      </DataTable>
    </List>
  );
};
