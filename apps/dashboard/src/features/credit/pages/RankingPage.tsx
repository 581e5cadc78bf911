import DownloadIcon from '@mui/icons-material/GetApp';
import { Box, Card, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { Button, Link, RecordContextProvider, Title, downloadCSV, useNotify, useTranslate } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { request, useGql } from '../../../common/api';
import { toCsv } from '../../../common/csv';
import { todayInShanghai } from '../../../common/dates';
import { ENUMS, enumLabel } from '../../../common/enums';
import { EmptyBox, QueryState } from '../../../common/states';
import { TownshipSelect } from '../../../common/TownshipSelect';
import { GradeChip, ListStatusChip } from '../../registry/enterprises/CreditChips';
import { RANKING_QUERY } from './operations';
import { formatPoints, formatScore } from '../../../common/format';
import type { CreditGrade, RankingQuery } from '../../../gql/graphql';

/** A row of the ranking (RANKING_QUERY). */
export type RankingRow = RankingQuery['ranking']['items'][number];

const FIELDS = ['rank', 'name', 'uscc', 'townshipName', 'score', 'grade', 'positivePoints', 'negativePoints', 'listStatus', 'listUntil'] as const;

/** CSV rows of a ranking page (enum values as labels). */
export function rankingCsvRows(rows: readonly RankingRow[], translate: (k: string, o?: object) => string): (string | number)[][] {
  return rows.map((r) => [
    r.rank,
    r.name,
    r.uscc,
    r.townshipName,
    formatScore(r.score),
    r.grade,
    r.positivePoints,
    r.negativePoints,
    enumLabel(translate, 'ListStatus', r.listStatus),
    r.listUntil ?? '',
  ]);
}

const GRADES: readonly string[] = ENUMS.CreditGrade;
const PER_PAGE_CHOICES = [10, 25, 50, 100];

/**
 * The ranking's filters live in the URL (`#/ranking?grade=C&township=3&order=worst&perPage=10`): a KPI home's grade
 * bar opens it narrowed, and the "bottom 10" preset is a link like any other.
 */
function useRankingParams() {
  const [params, setParams] = useSearchParams();
  const grade = GRADES.includes(params.get('grade') ?? '') ? params.get('grade')! : '';
  const townshipId = /^\d+$/.test(params.get('township') ?? '') ? params.get('township')! : '';
  const worstFirst = params.get('order') === 'worst';
  const perPage = PER_PAGE_CHOICES.includes(Number(params.get('perPage'))) ? Number(params.get('perPage')) : 25;
  const update = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  return { grade, townshipId, worstFirst, perPage, update };
}

export const RankingPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const notify = useNotify();
  const today = todayInShanghai();
  const [asOf, setAsOf] = useState(today);
  const { grade, townshipId, worstFirst, perPage, update } = useRankingParams();
  const [page, setPage] = useState(1);
  const setTownshipId = (id: string) => update({ township: id });
  const setGrade = (g: string) => update({ grade: g });
  const setPerPage = (n: number) => update({ perPage: n === 25 ? '' : String(n) });
  const bottomTen = worstFirst && perPage === 10;
  const vars = { asOf: asOf === today ? null : asOf, townshipId: townshipId || null, grade: (grade || null) as CreditGrade | null, worstFirst };
  const { data, isPending, error } = useGql(['ranking'], RANKING_QUERY, { ...vars, page, perPage });

  const exportAll = async () => {
    try {
      const rows: RankingRow[] = [];
      for (let p = 1; ; p += 1) {
        const result = await request(RANKING_QUERY, { ...vars, page: p, perPage: 200 });
        rows.push(...result.ranking.items);
        if (rows.length >= result.ranking.total || result.ranking.items.length === 0) break;
      }
      const header = FIELDS.map((f) => translate(`app.ranking.fields.${f}`));
      downloadCSV(toCsv(header, rankingCsvRows(rows, translate)), `${translate('app.ranking.title')}-${data?.ranking.asOf ?? asOf}`);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  const ranking = data?.ranking;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.ranking.title" />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }} alignItems={{ md: 'center' }}>
        <TextField
          type="date"
          size="small"
          label={translate('app.credit.asOf')}
          value={asOf}
          onChange={(e) => {
            setAsOf(e.target.value || today);
            setPage(1);
          }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        />
        <TownshipSelect
          label={translate('app.ranking.fields.townshipName')}
          allLabel={translate('app.common.all')}
          value={townshipId}
          onChange={(id) => {
            setTownshipId(id);
            setPage(1);
          }}
        />
        <TextField
          select
          size="small"
          sx={{ minWidth: 120 }}
          label={translate('app.ranking.fields.grade')}
          value={grade}
          onChange={(e) => {
            setGrade(e.target.value);
            setPage(1);
          }}
        >
          <MenuItem value="">{translate('app.common.all')}</MenuItem>
          {ENUMS.CreditGrade.map((g) => (
            <MenuItem key={g} value={g}>
              {g}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          sx={{ minWidth: 160 }}
          label={translate('app.ranking.order.label')}
          value={worstFirst ? 'worst' : 'best'}
          onChange={(e) => {
            update({ order: e.target.value === 'worst' ? 'worst' : '' });
            setPage(1);
          }}
        >
          <MenuItem value="best">{translate('app.ranking.order.best')}</MenuItem>
          <MenuItem value="worst">{translate('app.ranking.order.worst')}</MenuItem>
        </TextField>
        <Chip
          label={translate('app.ranking.bottomTen')}
          color={bottomTen ? 'primary' : 'default'}
          variant={bottomTen ? 'filled' : 'outlined'}
          onClick={() => {
            update(bottomTen ? { order: '', perPage: '' } : { order: 'worst', perPage: '10' });
            setPage(1);
          }}
        />
        <Box sx={{ flex: 1 }} />
        {ranking && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.ranking.summary', { asOf: ranking.asOf, total: ranking.total })}
            {ranking.standardVersion ? ` · v${ranking.standardVersion}` : ''}
          </Typography>
        )}
        <Button label="ra.action.export" onClick={exportAll} disabled={!ranking?.total}>
          <DownloadIcon />
        </Button>
      </Stack>
      <Card>
        <QueryState list isPending={isPending} error={error}>
          {!ranking?.items.length ? (
            <EmptyBox />
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    {FIELDS.filter((f) => f !== 'listUntil').map((f) => (
                      <TableCell key={f} align={['rank', 'score', 'positivePoints', 'negativePoints'].includes(f) ? 'right' : 'left'}>
                        {translate(`app.ranking.fields.${f}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {ranking.items.map((r) => (
                    <RecordContextProvider key={r.enterpriseId} value={{ ...r, id: r.enterpriseId }}>
                      <TableRow hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/credit/${r.enterpriseId}`)}>
                        <TableCell align="right">{r.rank}</TableCell>
                        <TableCell>
                          <Link to={`/credit/${r.enterpriseId}`} onClick={(e: MouseEvent) => e.stopPropagation()}>
                            {r.name}
                          </Link>
                        </TableCell>
                        <TableCell>{r.uscc}</TableCell>
                        <TableCell>{r.townshipName}</TableCell>
                        <TableCell align="right">{formatScore(r.score)}</TableCell>
                        <TableCell>
                          <GradeChip />
                        </TableCell>
                        <TableCell align="right">{formatPoints(r.positivePoints)}</TableCell>
                        <TableCell align="right">{formatPoints(-r.negativePoints)}</TableCell>
                        <TableCell>
                          <ListStatusChip showTerm />
                        </TableCell>
                      </TableRow>
                    </RecordContextProvider>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </QueryState>
        <TablePagination
          component="div"
          count={ranking?.total ?? 0}
          page={page - 1}
          rowsPerPage={perPage}
          rowsPerPageOptions={PER_PAGE_CHOICES}
          onPageChange={(_e, p) => setPage(p + 1)}
          onRowsPerPageChange={(e) => {
            setPerPage(Number(e.target.value));
            setPage(1);
          }}
          labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        />
      </Card>
    </Box>
  );
};
