import { Chip, Stack } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { RefNameField } from '../../../common/RefLink';
import { AppList } from '../../../common/ListSkeleton';
import { formatDate } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { ServerExportButtons } from '../../../common/ServerExport';
import { DepartmentInput, EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { QUICK_FILTERS, quickFilterActive, toggleQuickFilter, type QuickFilter } from '../workflow/workflow';
import { IssueStateChip } from './shared';
import { HandlerField } from '../workflow/HandlerField';
import { Responsive, line, noWrap } from '../../../common/ResponsiveList';

const issueFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('IssueState')} />,
  <SelectInput key="category" source="category" choices={enumChoices('IssueCategory')} />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <DepartmentInput key="departmentId" source="departmentId" />,
  <BooleanInput key="handledByTownship" source="handledByTownship" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <ReferenceInput key="developerId" source="developerId" reference="developers" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="source" source="source" choices={enumChoices('IssueSource')} />,
  <BooleanInput key="open" source="open" />,
  <DateInput key="createdFrom" source="createdFrom" />,
  <DateInput key="createdTo" source="createdTo" />,
  <DateInput key="deadlineFrom" source="deadlineFrom" />,
  <DateInput key="deadlineTo" source="deadlineTo" />,
  <DateInput key="closedFrom" source="closedFrom" />,
  <DateInput key="closedTo" source="closedTo" />,
  <DateInput key="overdueOn" source="overdueOn" />,
];

/** 逾期 · 挂牌督办 · 待我处理 · 本周到期 */
export const QuickFilters = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ mr: 'auto', alignSelf: 'center' }} useFlexGap flexWrap="wrap">
      {(Object.keys(QUICK_FILTERS) as QuickFilter[]).map((name) => {
        const on = quickFilterActive(filterValues, name);
        return (
          <Chip
            key={name}
            label={translate(`app.issue.quick.${name}`)}
            color={on ? 'primary' : 'default'}
            variant={on ? 'filled' : 'outlined'}
            onClick={() => setFilters(toggleQuickFilter(filterValues, name), displayedFilters)}
          />
        );
      })}
    </Stack>
  );
};

const IssueListActions = () => (
  <TopToolbar sx={{ width: '100%' }}>
    <QuickFilters />
    <FilterButton />
    <CreateButton />
    <ServerExportButtons list="issues" />
  </TopToolbar>
);

/** A phone card's second line: category, community, firm, then the state chips. */
const IssueCardLine = ({ record }: { record: { category?: string; community?: { name: string } | null; enterprise?: { name: string } | null } }) => {
  const translate = useTranslate();
  return (
    <>
      {line(enumLabel(translate, 'IssueCategory', record.category), record.community?.name, record.enterprise?.name)}
      <IssueStateChip />
    </>
  );
};

export const IssueList = () => {
  return (
    <AppList filters={issueFilters} sort={{ field: 'updatedAt', order: 'DESC' }} actions={<IssueListActions />}>
      <Responsive
        small={
          <SimpleList
            rowClick="show"
            primaryText={(r) => r.title}
            secondaryText={(r) => <IssueCardLine record={r} />}
            tertiaryText={(r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(r.deadline)}</span>}
          />
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="title" />
          <DataTable.Col source="category" render={(r) => <EnumTextFor name="IssueCategory" value={r.category} />} />
          <DataTable.Col source="community.name" label="resources.issues.fields.community" disableSort field={RefNameField} />
          <DataTable.Col source="enterprise.name" label="resources.issues.fields.enterprise" disableSort field={RefNameField} />
          <DataTable.Col source="department.name" label="resources.issues.fields.department" disableSort field={HandlerField} />
          <DataTable.Col source="state" field={IssueStateChip} />
          <DataTable.Col source="deadline" cellSx={noWrap} />
          <DataTable.Col source="source" disableSort render={(r) => <EnumTextFor name="IssueSource" value={r.source} />} />
          <DataTable.Col source="updatedAt" cellSx={noWrap} render={(r) => formatDate(r.updatedAt)} />
        </DataTable>
      </Responsive>
    </AppList>
  );
};

export const EnumTextFor = ({
  name,
  value,
}: {
  name: 'IssueCategory' | 'IssueSource' | 'IssueState' | 'ComplaintState' | 'ComplaintChannel' | 'InspectionKind' | 'FollowUpRating';
  value: unknown;
}) => {
  const translate = useTranslate();
  return <>{enumLabel(translate, name, value)}</>;
};
