import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Suspense, lazy, useMemo } from 'react';
import { RecordContextProvider, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useGql } from '../../../common/api';
import { todayInShanghai } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { formatPoints, formatScore } from '../../../common/format';
import { EmptyBox, QueryState } from '../../../common/states';
import type { CreditRecordListFieldsFragment } from '../../../gql/graphql';
import { historySeries, yearBefore } from '../../credit/pages/history';
import { GradeChip } from '../enterprises/CreditChips';
import { MANAGER_CREDIT_QUERY } from './operations';

const ScoreHistoryChart = lazy(() => import('../../credit/pages/ScoreHistoryChart'));
const t = (k: string) => `app.managerCredit.${k}`;

/** Every record of the manager ever (own ones: B11, continuing education, commendations), newest first. */
const AllRecords = ({ managerId }: { managerId: string }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<CreditRecordListFieldsFragment>('creditRecords', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'effectiveFrom', order: 'DESC' },
    filter: { managerId },
  });
  return (
    <QueryState isPending={isPending} error={error}>
      {!data?.length ? (
        <EmptyBox message={t('noRecords')} />
      ) : (
        <Table size="small" data-testid="manager-records">
          <TableHead>
            <TableRow>
              {['itemCode', 'points', 'effectiveFrom', 'expiresOn', 'status', 'reason'].map((k) => (
                <TableCell key={k}>{translate(`resources.creditRecords.fields.${k}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  {r.itemCode} {r.itemLabel}
                </TableCell>
                <TableCell>{formatPoints(r.points)}</TableCell>
                <TableCell>{r.effectiveFrom}</TableCell>
                <TableCell>{r.expiresOn}</TableCell>
                <TableCell>{enumLabel(translate, 'CreditRecordStatus', r.status)}</TableCell>
                <TableCell>{r.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </QueryState>
  );
};

/** The manager's credit file: standing today, what counts (own and inherited records), the score over a year, every record. */
export const ManagerCredit = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const today = todayInShanghai();
  const query = useGql(
    ['managerCredit', record?.id],
    MANAGER_CREDIT_QUERY,
    { id: record?.id ?? '', from: yearBefore(today), to: today },
    { enabled: !!record?.id },
  );
  const credit = query.data?.projectManager?.credit;
  const series = useMemo(() => historySeries(credit?.history ?? [], credit?.asOf), [credit]);
  if (!record) return null;
  return (
    <QueryState isPending={query.isPending} error={query.error}>
      {credit && (
        <Box data-testid="manager-credit">
          <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
            <Typography variant="h6" data-testid="manager-score">
              {translate(t('score'), { score: formatScore(credit.score) })}
            </Typography>
            <RecordContextProvider value={{ id: record.id, grade: credit.grade }}>
              <GradeChip />
            </RecordContextProvider>
            <Typography variant="body2" color="text.secondary">
              {translate(t('summary'), { positive: credit.positivePoints, negative: credit.negativePoints, version: credit.standardVersion })}
            </Typography>
            {credit.veto && <Chip size="small" color="error" label={translate(t('veto'))} />}
          </Stack>
          <Typography variant="subtitle2">{translate(t('inEffect'))}</Typography>
          {credit.breakdown.length === 0 ? (
            <EmptyBox message={t('noneInEffect')} />
          ) : (
            <Table size="small" data-testid="manager-breakdown">
              <TableHead>
                <TableRow>
                  {['item', 'points', 'from', 'until', 'source'].map((k) => (
                    <TableCell key={k}>{translate(t(k))}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {credit.breakdown.map((b) => (
                  <TableRow key={b.recordId}>
                    <TableCell>
                      {b.itemCode} {b.record?.itemLabel}
                    </TableCell>
                    <TableCell>{formatPoints(b.points)}</TableCell>
                    <TableCell>{b.effectiveFrom}</TableCell>
                    <TableCell>{b.expiresOn}</TableCell>
                    <TableCell>
                      {b.inherited ? (
                        <Chip size="small" label={translate(t('inherited'), { community: b.record?.community?.name ?? '—' })} />
                      ) : (
                        translate(t('own'))
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate(t('history'))}
          </Typography>
          <Suspense fallback={null}>
            <ScoreHistoryChart series={series} />
          </Suspense>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate(t('allRecords'))}
          </Typography>
          <AllRecords managerId={record.id} />
        </Box>
      )}
    </QueryState>
  );
};
