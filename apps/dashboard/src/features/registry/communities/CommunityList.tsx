import { Chip } from '@mui/material';
import { DataTable, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { AppList } from '../../../common/ListSkeleton';
import { Responsive, line, noWrap } from '../../../common/ResponsiveList';
import { formatDate } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { ServerExportListActions } from '../../../common/ServerExport';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <SelectInput key="type" source="type" choices={enumChoices('CommunityType')} />,
  <SelectInput key="serviceMode" source="serviceMode" choices={enumChoices('ServiceMode')} />,
];

export const CommunityList = () => {
  const translate = useTranslate();
  return (
    <AppList filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ServerExportListActions list="communities" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col
          source="name"
          render={(r) => (
            <>
              {r.name}
              {r.handoverDeadline && (
                <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('app.inspectionPlan.handover', { date: r.handoverDeadline })} />
              )}
            </>
          )}
        />
        <DataTable.Col source="township.name" label="resources.communities.fields.township" disableSort field={RefNameField} />
        <DataTable.Col source="type" disableSort render={(r) => enumLabel(translate, 'CommunityType', r.type)} />
        <DataTable.Col source="serviceMode" disableSort render={(r) => enumLabel(translate, 'ServiceMode', r.serviceMode)} />
        <DataTable.Col source="enterprise.name" label="resources.communities.fields.enterprise" disableSort field={RefNameField} />
        <DataTable.NumberCol source="households" />
        <DataTable.NumberCol source="floorArea" />
        <DataTable.Col cellSx={noWrap} source="deliveryDate" render={(r) => formatDate(r.deliveryDate)} />
      </DataTable>
      <Responsive
        small={
          <SimpleList
            rowClick="show"
            primaryText={(r) => r.name}
            secondaryText={(r) => line(r.township?.name, enumLabel(translate, 'CommunityType', r.type), r.enterprise?.name)}
            tertiaryText={(r) => enumLabel(translate, 'ServiceMode', r.serviceMode)}
          />
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="township.name" label="resources.communities.fields.township" disableSort field={RefNameField} />
          <DataTable.Col source="type" disableSort render={(r) => enumLabel(translate, 'CommunityType', r.type)} />
          <DataTable.Col source="serviceMode" disableSort render={(r) => enumLabel(translate, 'ServiceMode', r.serviceMode)} />
          <DataTable.Col source="enterprise.name" label="resources.communities.fields.enterprise" disableSort field={RefNameField} />
          <DataTable.NumberCol source="households" />
          <DataTable.NumberCol source="floorArea" />
          <DataTable.Col source="deliveryDate" cellSx={noWrap} render={(r) => formatDate(r.deliveryDate)} />
        </DataTable>
      </Responsive>
    </AppList>
  );
};
