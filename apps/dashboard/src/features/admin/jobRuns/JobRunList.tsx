import { Alert, Box } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, DateTimeInput, SelectInput, TextInput, useTranslate, type RaRecord } from 'react-admin';
import { AppList } from '../../../common/ListSkeleton';
import type { CsvColumn } from '../../../common/csv';
import { formatDateTime } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { EnumStatusChip, type ChipColor } from '../../../common/StatusChip';
import { useCsvExporter } from '../../../common/useCsvExporter';
import { jobName } from './jobName';

export const JOB_RUN_COLORS: Partial<Record<string, ChipColor>> = { RUNNING: 'info', SUCCEEDED: 'success', FAILED: 'error' };

const NoWrap = ({ children }: { children: ReactNode }) => (
  <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
    {children}
  </Box>
);

const filters = [
  <SelectInput key="state" source="state" choices={enumChoices('JobRunState')} alwaysOn />,
  <TextInput key="job" source="job" />,
  <DateTimeInput key="from" source="from" />,
  <DateTimeInput key="to" source="to" />,
];

const csvColumns: CsvColumn<RaRecord>[] = [
  { source: 'job', value: (r, t) => jobName(t, r.job) },
  { source: 'slot' },
  { source: 'state', value: (r, t) => enumLabel(t, 'JobRunState', r.state) },
  { source: 'attempts' },
  { source: 'startedAt', value: (r) => formatDateTime(r.startedAt) },
  { source: 'finishedAt', value: (r) => formatDateTime(r.finishedAt) },
  { source: 'instance' },
  { source: 'result' },
];

export const JobRunList = () => {
  const translate = useTranslate();
  const exporter = useCsvExporter('jobRuns', csvColumns);
  return (
    <AppList filters={filters} sort={{ field: 'startedAt', order: 'DESC' }} exporter={exporter}>
      <Alert severity="info" sx={{ m: 1 }}>
        {translate('app.jobs.hint')}
      </Alert>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="job" render={(r) => jobName(translate, r.job)} />
        <DataTable.Col source="slot" disableSort />
        <DataTable.Col source="state" render={(r) => <EnumStatusChip enumName="JobRunState" value={r.state} colors={JOB_RUN_COLORS} />} />
        <DataTable.Col source="attempts" disableSort />
        <DataTable.Col source="startedAt" render={(r) => <NoWrap>{formatDateTime(r.startedAt)}</NoWrap>} />
        <DataTable.Col source="finishedAt" disableSort render={(r) => <NoWrap>{formatDateTime(r.finishedAt)}</NoWrap>} />
        <DataTable.Col source="instance" disableSort />
        <DataTable.Col source="result" disableSort />
      </DataTable>
    </AppList>
  );
};
