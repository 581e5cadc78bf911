import DownloadIcon from '@mui/icons-material/GetApp';
import ListIcon from '@mui/icons-material/List';
import { Box, Card, CardContent, Chip, CircularProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Suspense, lazy, useMemo, useState } from 'react';
import { Button, Link, RecordContextProvider, Title, downloadCSV, useGetList, usePermissions, useTranslate } from 'react-admin';
import { Navigate, useParams } from 'react-router-dom';
import type { AppPermissions } from '../../../authProvider/permissions';
import { useGql } from '../../../common/api';
import { toCsv } from '../../../common/csv';
import { todayInShanghai } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { EmptyBox, QueryState } from '../../../common/states';
import { GradeChip, ListStatusChip } from '../../registry/enterprises/CreditChips';
import { historySeries, yearBefore } from './history';
import { ENTERPRISE_CREDIT_QUERY } from './operations';
import type { CreditRecordListFieldsFragment } from '../../../gql/graphql';
import { RecordActionButtons } from './RecordActionButtons';
import { CreditGuidance } from './CreditGuidance';
import { FirmLinks } from './FirmLinks';
import { formatScore } from '../../../common/format';
import { Link as RouterLink } from 'react-router-dom';

const ScoreHistoryChart = lazy(() => import('./ScoreHistoryChart'));

const Stat = ({ label, children }: { label: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 150px' }}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Typography variant="caption" color="text.secondary">
          {translate(label)}
        </Typography>
        <Box sx={{ mt: 0.5 }}>{children}</Box>
      </CardContent>
    </Card>
  );
};

/**
 * The records shown in due process on the credit file: a page the API's complexity limit accepts with each record's
 * actions (50 were refused, so the section failed to load); more are one click away in the filtered records list.
 */
export const IN_PROCESS_PAGE = 20;

/** Firm records still in due process (not yet counting): where a firm objects. */
const RecordsInProcess = ({ enterpriseId }: { enterpriseId: string }) => {
  const translate = useTranslate();
  const filter = { enterpriseId, statuses: ['PROPOSED', 'PUBLICIZING', 'OBJECTED'] };
  const { data, total, isPending, error } = useGetList<CreditRecordListFieldsFragment>('creditRecords', {
    pagination: { page: 1, perPage: IN_PROCESS_PAGE },
    sort: { field: 'createdAt', order: 'DESC' },
    filter,
  });
  return (
    <QueryState list isPending={isPending} error={error}>
      {data && total != null && total > data.length && (
        <Button
          component={RouterLink}
          to={`/creditRecords?filter=${encodeURIComponent(JSON.stringify(filter))}`}
          label={translate('app.credit.allInProcess', { count: total })}
          sx={{ mb: 1 }}
        />
      )}
      {!data?.length ? (
        <EmptyBox message="app.credit.noRecordsInProcess" />
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.creditRecords.fields.itemCode')}</TableCell>
              <TableCell align="right">{translate('resources.creditRecords.fields.points')}</TableCell>
              <TableCell>{translate('resources.creditRecords.fields.status')}</TableCell>
              <TableCell>{translate('resources.creditRecords.fields.reason')}</TableCell>
              <TableCell>{translate('resources.creditRecords.fields.objectionDeadline')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  <Link to={`/creditRecords/${r.id}/show`}>
                    {r.itemCode} {r.itemLabel}
                  </Link>
                </TableCell>
                <TableCell align="right">{r.points}</TableCell>
                <TableCell>{enumLabel(translate, 'CreditRecordStatus', r.status)}</TableCell>
                <TableCell sx={{ maxWidth: 320 }}>{r.reason}</TableCell>
                <TableCell>{r.objectionDeadline ?? '—'}</TableCell>
                <TableCell>
                  <RecordActionButtons record={r} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </QueryState>
  );
};

export const CreditFile = ({ enterpriseId }: { enterpriseId: string }) => {
  const translate = useTranslate();
  const today = todayInShanghai();
  const [asOf, setAsOf] = useState(today);
  const { data, isPending, error } = useGql(['credit', enterpriseId], ENTERPRISE_CREDIT_QUERY, {
    id: enterpriseId,
    asOf,
    from: yearBefore(asOf),
    to: asOf,
  });
  const firm = data?.enterprise;
  const credit = firm?.credit;
  const series = useMemo(() => historySeries(credit?.history ?? [], credit?.asOf), [credit]);

  const exportBreakdown = () => {
    if (!firm || !credit) return;
    const header = ['itemCode', 'itemLabel', 'points', 'termMonths', 'effectiveFrom', 'expiresOn', 'veto', 'inherited', 'reason'].map((f) =>
      translate(`resources.creditRecords.fields.${f}`),
    );
    const rows = credit.breakdown.map((b) => [
      b.itemCode,
      b.record.itemLabel,
      b.points,
      b.termMonths,
      b.effectiveFrom,
      b.expiresOn,
      b.veto ? '✓' : '',
      b.inherited ? '✓' : '',
      b.record.reason,
    ]);
    downloadCSV(toCsv(header, rows), `${firm.name}-${translate('app.credit.breakdown')}-${credit.asOf}`);
  };

  return (
    <Box sx={{ mt: 2 }}>
      <QueryState isPending={isPending} error={error}>
        {!firm || !credit ? (
          <EmptyBox message="ra.notification.item_doesnt_exist" />
        ) : (
          <>
            <Title title={`${firm.name} · ${translate('app.credit.title')}`} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} sx={{ mb: 2 }}>
              <Box sx={{ flex: 1 }}>
                <Typography variant="h5" component="h1">
                  <Link to={`/enterprises/${firm.id}/show`}>{firm.name}</Link>
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {firm.uscc} · {firm.township.name} · {enumLabel(translate, 'EnterpriseStatus', firm.status)}
                </Typography>
              </Box>
              <TextField
                type="date"
                size="small"
                sx={{ width: 180 }}
                label={translate('app.credit.asOf')}
                value={asOf}
                onChange={(e) => setAsOf(e.target.value || today)}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
              />
              <Button
                component={RouterLink}
                label="app.credit.allRecords"
                to={`/creditRecords?filter=${encodeURIComponent(JSON.stringify({ enterpriseId: firm.id }))}`}
              >
                <ListIcon />
              </Button>
            </Stack>
            <FirmLinks enterpriseId={firm.id} />
            <RecordContextProvider value={{ id: firm.id, grade: credit.grade, listStatus: credit.listStatus ?? 'NONE', listUntil: credit.listUntil }}>
              <Stack direction="row" useFlexGap flexWrap="wrap" spacing={2} sx={{ mb: 2 }}>
                <Stat label="app.credit.score">
                  <Typography variant="h4" component="p">
                    {formatScore(credit.score)}
                  </Typography>
                </Stat>
                <Stat label="app.credit.grade">
                  <GradeChip />
                  {credit.veto && <Chip size="small" color="error" label={translate('app.credit.veto')} sx={{ ml: 1 }} />}
                </Stat>
                <Stat label="app.credit.listStatus">
                  <ListStatusChip showTerm />
                </Stat>
                <Stat label="app.credit.points">
                  <Typography variant="body1">
                    +{credit.positivePoints} / −{credit.negativePoints}
                  </Typography>
                </Stat>
                <Stat label="app.credit.standardVersion">
                  <Typography variant="body1">v{credit.standardVersion}</Typography>
                </Stat>
              </Stack>
            </RecordContextProvider>

            {asOf === today && <CreditGuidance enterpriseId={firm.id} />}

            <Card sx={{ mb: 2 }}>
              <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                  {translate('app.credit.history')}
                </Typography>
                {series.length === 0 ? (
                  <EmptyBox />
                ) : (
                  <Suspense fallback={<CircularProgress size={24} aria-label={translate('app.dashboard.loadingChart')} />}>
                    <ScoreHistoryChart series={series} />
                  </Suspense>
                )}
              </CardContent>
            </Card>

            <Card sx={{ mb: 2 }}>
              <CardContent>
                <Stack direction="row" alignItems="center" sx={{ mb: 1 }}>
                  <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
                    {translate('app.credit.breakdown')} ({credit.asOf})
                  </Typography>
                  <Button label="ra.action.export" onClick={exportBreakdown} disabled={credit.breakdown.length === 0}>
                    <DownloadIcon />
                  </Button>
                </Stack>
                {credit.breakdown.length === 0 ? (
                  <EmptyBox message="app.credit.noRecordsInEffect" />
                ) : (
                  <Box sx={{ overflowX: 'auto' }}>
                    <Table size="small">
                      <TableHead>
                        <TableRow>
                          <TableCell>{translate('resources.creditRecords.fields.itemCode')}</TableCell>
                          <TableCell>{translate('resources.creditRecords.fields.reason')}</TableCell>
                          <TableCell align="right">{translate('resources.creditRecords.fields.points')}</TableCell>
                          <TableCell align="right">{translate('resources.creditRecords.fields.termMonths')}</TableCell>
                          <TableCell>{translate('resources.creditRecords.fields.effectiveFrom')}</TableCell>
                          <TableCell>{translate('resources.creditRecords.fields.expiresOn')}</TableCell>
                          <TableCell>{translate('resources.creditRecords.fields.status')}</TableCell>
                          <TableCell />
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {credit.breakdown.map((b) => (
                          <TableRow key={b.recordId}>
                            <TableCell>
                              <Link to={`/creditRecords/${b.recordId}/show`}>
                                {b.itemCode} {b.record.itemLabel}
                              </Link>
                              {b.veto && <Chip size="small" color="error" label={translate('app.credit.veto')} sx={{ ml: 1 }} />}
                              {b.inherited && <Chip size="small" label={translate('app.credit.inherited')} sx={{ ml: 1 }} />}
                            </TableCell>
                            <TableCell sx={{ maxWidth: 360 }}>{b.record.reason}</TableCell>
                            <TableCell align="right" sx={{ color: b.points < 0 ? 'error.main' : 'success.main', fontWeight: 600 }}>
                              {b.points > 0 ? `+${b.points}` : b.points}
                            </TableCell>
                            <TableCell align="right">{b.termMonths}</TableCell>
                            <TableCell>{b.effectiveFrom}</TableCell>
                            <TableCell>{b.expiresOn}</TableCell>
                            <TableCell>{enumLabel(translate, 'CreditRecordStatus', b.record.status)}</TableCell>
                            <TableCell>
                              <RecordActionButtons record={{ id: b.recordId, enterpriseId: firm.id, availableActions: b.record.availableActions }} />
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </Box>
                )}
              </CardContent>
            </Card>

            <Card>
              <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                  {translate('app.credit.inProcess')}
                </Typography>
                <RecordsInProcess enterpriseId={firm.id} />
              </CardContent>
            </Card>
          </>
        )}
      </QueryState>
    </Box>
  );
};

export const CreditPage = () => {
  const { id } = useParams();
  return id ? <CreditFile key={id} enterpriseId={id} /> : null;
};

/** 我的信用: an enterprise user's own credit file. */
export const MyCreditPage = () => {
  const { permissions, isPending } = usePermissions<AppPermissions>();
  if (isPending) return null;
  const own = permissions?.enterprise?.id;
  return own ? <Navigate to={`/credit/${own}`} replace /> : <EmptyBox message="app.credit.noOwnFirm" />;
};
