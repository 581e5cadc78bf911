import { Box } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  FilterButton,
  SearchInput,
  SelectInput,
  SimpleList,
  TextInput,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { RefLink } from '../../../common/RefLink';
import { AppList } from '../../../common/ListSkeleton';
import { Responsive, line, noWrap } from '../../../common/ResponsiveList';
import { enumChoices } from '../../../common/enums';
import { EnumText } from '../../../common/fields';
import { ServerExportButtons } from '../../../common/ServerExport';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { RecordActionButtons } from '../pages/RecordActionButtons';
import { CreditRecordStatusChip, PointsText, subjectName } from './shared';
import type { CreditRecordListFieldsFragment } from '../../../gql/graphql';

/** Buttons inside a clickable row: clicks (also inside their dialogs) must not open the row. */
const RowActions = () => {
  const record = useRecordContext<CreditRecordListFieldsFragment>();
  if (!record) return null;
  return (
    <Box onClick={(e) => e.stopPropagation()}>
      <RecordActionButtons record={record} />
    </Box>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <SelectInput key="status" source="status" choices={enumChoices('CreditRecordStatus')} />,
  <SelectInput key="subjectType" source="subjectType" choices={enumChoices('CreditSubjectType')} />,
  <TextInput key="itemCode" source="itemCode" />,
  <SelectInput key="sourceType" source="sourceType" choices={enumChoices('CreditSourceType')} />,
  <BooleanInput key="negative" source="negative" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="app.creditRecord.propose" />
    <ServerExportButtons list="credit-records" />
  </TopToolbar>
);

export const CreditRecordList = () => {
  return (
    <AppList filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ListActions />}>
      <Responsive
        small={
          <SimpleList
            rowClick="show"
            primaryText={(r) => `${r.itemLabel ?? r.itemCode}`}
            secondaryText={(r) => (
              <>
                {line(subjectName(r as CreditRecordListFieldsFragment), r.effectiveFrom)}
                <CreditRecordStatusChip />
              </>
            )}
            tertiaryText={() => <PointsText />}
          />
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="itemCode" render={(r) => `${r.itemCode} ${r.itemLabel ?? ''}`} />
          <DataTable.Col
            source="enterprise"
            disableSort
            render={(r) =>
              r.subjectType === 'MANAGER' ? (
                <>
                  <RefLink field="projectManager" record={r.manager} />（<RefLink field="enterprise" record={r.enterprise} />）
                </>
              ) : (
                <RefLink field="enterprise" record={r.enterprise} />
              )
            }
          />
          <DataTable.Col source="points" align="right" field={PointsText} />
          <DataTable.Col source="status" field={CreditRecordStatusChip} />
          <DataTable.Col source="effectiveFrom" cellSx={noWrap} />
          <DataTable.Col source="expiresOn" cellSx={noWrap} />
          <DataTable.Col source="objectionDeadline" cellSx={noWrap} disableSort />
          <DataTable.Col source="sourceType" disableSort>
            <EnumText source="sourceType" enumName="CreditSourceType" />
          </DataTable.Col>
          <DataTable.Col label="app.common.actions" disableSort field={RowActions} />
        </DataTable>
      </Responsive>
    </AppList>
  );
};
