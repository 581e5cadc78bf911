import { BooleanInput, DataTable, DateInput, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { AppList } from '../../../common/ListSkeleton';
import { enumLabel } from '../../../common/enums';
import { enumChoices } from '../../../common/enums';
import { EnumText } from '../../../common/fields';
import { ServerExportListActions } from '../../../common/ServerExport';
import { EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { GradeChip } from './shared';
import { Responsive, line, noWrap } from '../../../common/ResponsiveList';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('InspectionKind')} />,
  <SelectInput key="grade" source="grade" choices={enumChoices('InspectionGrade')} />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <BooleanInput key="refusedToCooperate" source="refusedToCooperate" />,
  <DateInput key="dateFrom" source="dateFrom" />,
  <DateInput key="dateTo" source="dateTo" />,
];

export const InspectionList = () => {
  const translate = useTranslate();
  return (
    <AppList filters={filters} sort={{ field: 'date', order: 'DESC' }} actions={<ServerExportListActions list="inspections" />}>
      <Responsive
        small={
          <SimpleList
            rowClick="show"
            primaryText={(r) => r.community?.name ?? ''}
            secondaryText={(r) => line(enumLabel(translate, 'InspectionKind', r.kind), r.enterprise?.name, r.score != null ? String(r.score) : null)}
            tertiaryText={(r) => <span style={{ whiteSpace: 'nowrap' }}>{r.date}</span>}
          />
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="date" cellSx={noWrap} />
          <DataTable.Col source="kind">
            <EnumText source="kind" enumName="InspectionKind" />
          </DataTable.Col>
          <DataTable.Col source="community.name" label="resources.inspections.fields.community" disableSort field={RefNameField} />
          <DataTable.Col source="enterprise.name" label="resources.inspections.fields.enterprise" disableSort field={RefNameField} />
          <DataTable.Col source="inspectors" disableSort />
          <DataTable.NumberCol source="score" />
          <DataTable.Col source="grade" field={GradeChip} />
        </DataTable>
      </Responsive>
    </AppList>
  );
};
