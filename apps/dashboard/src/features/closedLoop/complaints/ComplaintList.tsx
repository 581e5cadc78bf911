import { BooleanInput, DataTable, DateInput, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { AppList } from '../../../common/ListSkeleton';
import { enumLabel } from '../../../common/enums';
import { formatDate } from '../../../common/dates';
import { enumChoices } from '../../../common/enums';
import { EnumText } from '../../../common/fields';
import { ServerExportListActions } from '../../../common/ServerExport';
import { DepartmentInput, EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { ComplaintStateChip } from './shared';
import { HandlerField } from '../workflow/HandlerField';
import { Responsive, line, noWrap } from '../../../common/ResponsiveList';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('ComplaintState')} />,
  <SelectInput key="category" source="category" choices={enumChoices('IssueCategory')} />,
  <SelectInput key="channel" source="channel" choices={enumChoices('ComplaintChannel')} />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <DepartmentInput key="departmentId" source="departmentId" />,
  <BooleanInput key="handledByTownship" source="handledByTownship" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <BooleanInput key="open" source="open" />,
  <BooleanInput key="overdue" source="overdue" />,
  <BooleanInput key="collective" source="collective" />,
  <SelectInput key="followUpRating" source="followUpRating" choices={enumChoices('FollowUpRating')} />,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
  <DateInput key="closedFrom" source="closedFrom" />,
  <DateInput key="closedTo" source="closedTo" />,
  <BooleanInput key="rated" source="rated" />,
];

export const ComplaintList = () => {
  const translate = useTranslate();
  return (
    <AppList filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }} actions={<ServerExportListActions list="complaints" />}>
      <Responsive
        small={
          <SimpleList
            rowClick="show"
            primaryText={(r) => (String(r.content).length > 40 ? `${String(r.content).slice(0, 40)}…` : r.content)}
            secondaryText={(r) => (
              <>
                {line(enumLabel(translate, 'IssueCategory', r.category), r.community?.name, r.department?.name)}
                <ComplaintStateChip />
              </>
            )}
            tertiaryText={(r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(r.receivedAt)}</span>}
          />
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="receivedAt" cellSx={noWrap} render={(r) => formatDate(r.receivedAt)} />
          <DataTable.Col source="channel" disableSort>
            <EnumText source="channel" enumName="ComplaintChannel" />
          </DataTable.Col>
          <DataTable.Col source="category">
            <EnumText source="category" enumName="IssueCategory" />
          </DataTable.Col>
          <DataTable.Col source="community.name" label="resources.complaints.fields.community" disableSort field={RefNameField} />
          <DataTable.Col source="department.name" label="resources.complaints.fields.department" disableSort field={HandlerField} />
          <DataTable.Col source="complainantName" disableSort />
          <DataTable.Col source="content" disableSort render={(r) => (String(r.content).length > 40 ? `${String(r.content).slice(0, 40)}…` : r.content)} />
          <DataTable.Col source="state" field={ComplaintStateChip} />
        </DataTable>
      </Responsive>
    </AppList>
  );
};
