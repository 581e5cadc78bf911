import DownloadIcon from '@mui/icons-material/GetApp';
import { Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, Link, downloadCSV, useTranslate } from 'react-admin';
import { useGql } from '../../../common/api';
import { toCsv } from '../../../common/csv';
import { EmptyBox, QueryState } from '../../../common/states';
import type { GraphQLRequest } from '../../../dataProvider/graphqlClient';
import { gradeStyle } from '../../registry/enterprises/creditStyles';
import type { ListedFieldsFragment } from '../../../gql/graphql';
import { BOARDS_QUERY } from './operations';
import { FirmSearch } from './FirmSearch';
import { formatDate, formatNumber, formatScore } from '../../../common/format';

/** A firm on the red or black list (the ListedFields fragment). */
export type ListedFirm = ListedFieldsFragment;

/** The reason of a listing in words: an item code stays a code, the two rule names get a label. */
export const reasonLabel = (translate: (k: string, o?: object) => string, reason: string | null): string =>
  reason ? translate(`app.boards.reasons.${reason}`, { _: reason }) : '';

const FIELDS = ['name', 'uscc', 'score', 'grade', 'reason', 'from', 'until'] as const;

/** Columns that read badly when wrapped (codes, numbers, dates): kept on one line, the table scrolls in its box. */
const NOWRAP = new Set<string>(['uscc', 'score', 'grade', 'from', 'until']);
/** Hidden on phones, where the firm, its score and grade are what matters. */
const WIDE_ONLY = new Set<string>(['uscc', 'from', 'until']);
const cellSx = (f: string) => ({
  ...(NOWRAP.has(f) ? { whiteSpace: 'nowrap' } : { minWidth: f === 'name' ? '12em' : '8em' }),
  ...(WIDE_ONLY.has(f) ? { display: { xs: 'none', sm: 'table-cell' } } : {}),
});

export const ListedFirmsTable = ({ firms, linkTo }: { firms: readonly ListedFirm[]; linkTo?: (id: string) => string }) => {
  const translate = useTranslate();
  if (firms.length === 0) return <EmptyBox />;
  const cells: Record<(typeof FIELDS)[number], (f: ListedFirm) => ReactNode> = {
    name: (f) => (linkTo ? <Link to={linkTo(f.enterpriseId)}>{f.name}</Link> : f.name),
    uscc: (f) => f.uscc,
    score: (f) => formatScore(f.score),
    grade: (f) => f.grade && <Chip size="small" label={f.grade} sx={{ bgcolor: gradeStyle(f.grade).bg, color: gradeStyle(f.grade).fg, fontWeight: 600 }} />,
    reason: (f) => f.reasonText ?? reasonLabel(translate, f.reason),
    from: (f) => formatDate(f.from),
    until: (f) => formatDate(f.until),
  };
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            {FIELDS.map((f) => (
              <TableCell key={f} align={f === 'score' ? 'right' : 'left'} sx={{ ...cellSx(f), whiteSpace: 'nowrap' }}>
                {translate(`app.boards.fields.${f}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {firms.map((firm) => (
            <TableRow key={`${firm.enterpriseId}-${firm.from}`}>
              {FIELDS.map((f) => (
                <TableCell key={f} align={f === 'score' ? 'right' : 'left'} sx={cellSx(f)}>
                  {cells[f](firm)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

export function listedCsv(firms: readonly ListedFirm[], translate: (k: string, o?: object) => string): string {
  return toCsv(
    FIELDS.map((f) => translate(`app.boards.fields.${f}`)),
    firms.map((f) => [f.name, f.uscc, formatScore(f.score), f.grade ?? '', f.reasonText ?? reasonLabel(translate, f.reason), f.from ?? '', f.until ?? '']),
  );
}

const Board = ({ title, firms, color, linkTo }: { title: string; firms: ListedFirm[]; color: string; linkTo?: (id: string) => string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ flex: 1, minWidth: 0, borderTop: `4px solid ${color}` }}>
      <CardContent>
        <Stack direction="row" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate(title)} ({firms.length})
          </Typography>
          <Button label="ra.action.export" onClick={() => downloadCSV(listedCsv(firms, translate), translate(title))} disabled={firms.length === 0}>
            <DownloadIcon />
          </Button>
        </Stack>
        <ListedFirmsTable firms={firms} linkTo={linkTo} />
      </CardContent>
    </Card>
  );
};

/**
 * 红黑榜: the red and black lists today and the published quarterly ratings. Public (anonymous client) or inside
 * the dashboard (firm names link to their credit files).
 */
export const Boards = ({ client, signedIn }: { client?: GraphQLRequest; signedIn: boolean }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['boards', signedIn], BOARDS_QUERY, {}, { client });
  const linkTo = signedIn ? (id: string) => `/credit/${id}` : (id: string) => `/public/firms/${id}`;
  const ratingLink = (id: string) => (signedIn ? `/ratings/${id}` : `/public/ratings/${id}`);
  const published = (data?.ratings ?? []).filter((r) => r.status === 'PUBLISHED');
  return (
    <QueryState list isPending={isPending} error={error}>
      {data && (
        <>
          <FirmSearch client={client} linkTo={linkTo} />
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mb: 2 }}>
            <Board title="app.boards.red" firms={data.redList} color="#d32f2f" linkTo={linkTo} />
            <Board title="app.boards.black" firms={data.blackList} color="#212121" linkTo={linkTo} />
          </Stack>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('app.boards.ratings')}
              </Typography>
              {published.length === 0 ? (
                <EmptyBox />
              ) : (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('app.rating.fields.quarter')}</TableCell>
                      <TableCell>{translate('app.rating.fields.asOf')}</TableCell>
                      <TableCell>{translate('app.rating.fields.publishedOn')}</TableCell>
                      <TableCell align="right">{translate('app.rating.fields.total')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {published.map((r) => (
                      <TableRow key={r.id}>
                        <TableCell>
                          <Link to={ratingLink(r.id)}>{r.quarter}</Link>
                        </TableCell>
                        <TableCell>{formatDate(r.asOf)}</TableCell>
                        <TableCell>{formatDate(r.publishedOn)}</TableCell>
                        <TableCell align="right">{formatNumber(r.total)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </CardContent>
          </Card>
        </>
      )}
    </QueryState>
  );
};
