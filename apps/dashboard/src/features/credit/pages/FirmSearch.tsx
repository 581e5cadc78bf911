import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link, useTranslate } from 'react-admin';
import { useGql } from '../../../common/api';
import { formatDate, formatScore } from '../../../common/format';
import { EmptyBox, QueryState } from '../../../common/states';
import type { GraphQLRequest } from '../../../dataProvider/graphqlClient';
import { gradeStyle } from '../../registry/enterprises/creditStyles';
import { PUBLIC_FIRM_SEARCH_QUERY } from './operations';

/** A grade as the boards show it. */
export const GradeBadge = ({ grade }: { grade: string | null | undefined }) =>
  grade ? <Chip size="small" label={grade} sx={{ bgcolor: gradeStyle(grade).bg, color: gradeStyle(grade).fg, fontWeight: 600 }} /> : null;

/** A listing as a chip: 红榜/黑名单 and why, in words. */
export const ListingChip = ({ kind, reasonText, until }: { kind?: string | null; reasonText?: string | null; until?: string | null }) => {
  const translate = useTranslate();
  const what = translate(kind === 'BLACK' ? 'app.boards.black' : 'app.boards.red');
  const label = [what, reasonText, until ? translate('app.boards.untilDate', { date: formatDate(until) }) : null].filter(Boolean).join(' · ');
  return <Chip size="small" color={kind === 'BLACK' ? 'default' : 'error'} variant={kind === 'BLACK' ? 'filled' : 'outlined'} label={label} />;
};

/**
 * 信用中国-style look-up on the boards: a firm by a part of its name or the head of its unified social credit code,
 * from the published ratings; each firm links to its public page (or, signed in, its credit file).
 */
export const FirmSearch = ({ client, linkTo }: { client?: GraphQLRequest; linkTo: (id: string) => string }) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const { data, isPending, error } = useGql(['public-firm-search', q], PUBLIC_FIRM_SEARCH_QUERY, { q }, { client, enabled: q.length > 0 });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(text.trim());
  };
  return (
    <Card sx={{ mb: 2 }} component="section" aria-label={translate('app.boards.search.title')}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.boards.search.title')}
        </Typography>
        <Box component="form" onSubmit={submit} role="search">
          <Stack direction="row" spacing={1}>
            <TextField
              size="small"
              fullWidth
              value={text}
              onChange={(e) => setText(e.target.value)}
              label={translate('app.boards.search.label')}
              placeholder={translate('app.boards.search.placeholder')}
            />
            <MuiButton type="submit" variant="contained" startIcon={<SearchIcon />} sx={{ whiteSpace: 'nowrap' }}>
              {translate('ra.action.search')}
            </MuiButton>
          </Stack>
        </Box>
        {q && (
          <Box sx={{ mt: 2 }}>
            <QueryState list isPending={isPending} error={error}>
              {data && data.publicFirmSearch.length === 0 && <EmptyBox message="app.boards.search.none" />}
              {data && data.publicFirmSearch.length > 0 && (
                <Box sx={{ overflowX: 'auto' }}>
                  <Table size="small" aria-label={translate('app.boards.search.results')}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('app.boards.fields.name')}</TableCell>
                        <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{translate('app.boards.fields.uscc')}</TableCell>
                        <TableCell>{translate('app.boards.fields.grade')}</TableCell>
                        <TableCell align="right">{translate('app.boards.fields.score')}</TableCell>
                        <TableCell>{translate('app.boards.fields.listStatus')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {data.publicFirmSearch.map((f) => (
                        <TableRow key={f.enterpriseId}>
                          <TableCell sx={{ minWidth: '10em' }}>
                            <Link to={linkTo(f.enterpriseId)}>{f.name}</Link>
                            <Typography variant="caption" display="block" color="text.secondary">
                              {translate('app.boards.search.ratedIn', { quarter: f.latest.quarter, rank: f.latest.rated.rank })}
                            </Typography>
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap', display: { xs: 'none', sm: 'table-cell' } }}>{f.uscc}</TableCell>
                          <TableCell>
                            <GradeBadge grade={f.latest.rated.grade} />
                          </TableCell>
                          <TableCell align="right">{formatScore(f.latest.rated.score)}</TableCell>
                          <TableCell>
                            <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                              {f.listings.map((l, n) => (
                                <ListingChip key={n} {...l} />
                              ))}
                            </Stack>
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </QueryState>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
