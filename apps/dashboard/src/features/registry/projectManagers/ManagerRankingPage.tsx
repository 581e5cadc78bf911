import DownloadIcon from '@mui/icons-material/GetApp';
import {
  Box,
  Card,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, Link, RecordContextProvider, Title, downloadCSV, useTranslate } from 'react-admin';
import { useGql } from '../../../common/api';
import { toCsv } from '../../../common/csv';
import { ENUMS } from '../../../common/enums';
import { formatScore } from '../../../common/format';
import { EmptyBox, QueryState } from '../../../common/states';
import type { CreditGrade } from '../../../gql/graphql';
import { GradeChip } from '../enterprises/CreditChips';
import { MANAGER_RANKING_QUERY } from './operations';

const t = (k: string) => `app.managerRanking.${k}`;
const COLUMNS = ['rank', 'name', 'certificateNo', 'enterpriseName', 'score', 'grade'] as const;

/** `/#/manager-ranking`: project managers ranked by credit; a firm's manager sees their own firm's, with county ranks. */
export const ManagerRankingPage = () => {
  const translate = useTranslate();
  const [grade, setGrade] = useState('');
  const [worstFirst, setWorstFirst] = useState(false);
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const vars = { grade: (grade || null) as CreditGrade | null, worstFirst, page, perPage };
  const { data, isPending, error } = useGql(['managerRanking'], MANAGER_RANKING_QUERY, vars);
  const rows = data?.managerRanking.items ?? [];
  const exportCsv = () =>
    downloadCSV(
      toCsv(
        COLUMNS.map((c) => translate(t(c))),
        rows.map((r) => [r.rank, r.name, r.certificateNo, r.enterpriseName, formatScore(r.score), r.grade]),
      ),
      'manager-ranking',
    );
  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <Typography variant="h5">{translate(t('title'))}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(t('hint'))}
      </Typography>
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 1 }} flexWrap="wrap">
        <TextField
          select
          size="small"
          sx={{ minWidth: 160 }}
          label={translate(t('grade'))}
          value={grade}
          onChange={(e) => {
            setGrade(e.target.value);
            setPage(1);
          }}
        >
          <MenuItem value="">{translate(t('allGrades'))}</MenuItem>
          {ENUMS.CreditGrade.map((g) => (
            <MenuItem key={g} value={g}>
              {g}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={worstFirst}
              onChange={(e) => {
                setWorstFirst(e.target.checked);
                setPage(1);
              }}
            />
          }
          label={translate(t('worstFirst'))}
        />
        <Button label="app.managerRanking.export" onClick={exportCsv} disabled={!rows.length}>
          <DownloadIcon />
        </Button>
      </Stack>
      <QueryState isPending={isPending} error={error}>
        {rows.length === 0 ? (
          <EmptyBox message={t('none')} />
        ) : (
          <Card>
            <Table size="small" data-testid="manager-ranking">
              <TableHead>
                <TableRow>
                  {COLUMNS.map((c) => (
                    <TableCell key={c}>{translate(t(c))}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.managerId}>
                    <TableCell>{r.rank}</TableCell>
                    <TableCell>
                      <Link to={`/projectManagers/${r.managerId}/show`}>{r.name}</Link>
                    </TableCell>
                    <TableCell>{r.certificateNo}</TableCell>
                    <TableCell>{r.enterpriseName}</TableCell>
                    <TableCell>{formatScore(r.score)}</TableCell>
                    <TableCell>
                      <RecordContextProvider value={{ id: r.managerId, grade: r.grade }}>
                        <GradeChip />
                      </RecordContextProvider>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePagination
              component="div"
              count={data?.managerRanking.total ?? 0}
              page={page - 1}
              rowsPerPage={perPage}
              rowsPerPageOptions={[10, 25, 50, 100]}
              onPageChange={(_e, p) => setPage(p + 1)}
              onRowsPerPageChange={(e) => {
                setPerPage(Number(e.target.value));
                setPage(1);
              }}
            />
          </Card>
        )}
      </QueryState>
    </Box>
  );
};
