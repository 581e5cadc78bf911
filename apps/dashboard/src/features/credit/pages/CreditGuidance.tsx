import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, Link, useGetList, useTranslate } from 'react-admin';
import { useGql } from '../../../common/api';
import { formatScore } from '../../../common/format';
import { EmptyBox, QueryState } from '../../../common/states';
import type { IssueListFieldsFragment } from '../../../gql/graphql';
import { CREDIT_GUIDANCE_QUERY } from './operations';
import { RepairOffer } from './RecordActionButtons';
import { Link as RouterLink } from 'react-router-dom';

/** A list of the dashboard filtered as given: `/issues?filter={"enterpriseId":"3","open":true}`. */
export const filteredList = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The firm's open issues: each one blocks credit repair until it is closed off. */
const OpenIssues = ({ enterpriseId, count }: { enterpriseId: string; count: number }) => {
  const translate = useTranslate();
  const { data } = useGetList<IssueListFieldsFragment>(
    'issues',
    { pagination: { page: 1, perPage: 5 }, sort: { field: 'deadline', order: 'ASC' }, filter: { enterpriseId, open: true } },
    { enabled: count > 0 },
  );
  if (count === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.creditGuidance.noOpenIssues')}
      </Typography>
    );
  return (
    <Alert severity="warning" icon={<AssignmentLateIcon />} data-testid="guidance-open-issues">
      <Typography variant="body2">{translate('app.creditGuidance.openIssues', { count })}</Typography>
      <Box component="ul" sx={{ my: 0.5, pl: 2 }}>
        {(data ?? []).map((i) => (
          <li key={i.id}>
            <Link to={`/issues/${i.id}/show`}>{i.title}</Link>
            {i.deadline && (
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1, whiteSpace: 'nowrap' }}>
                {translate('app.creditGuidance.deadline', { date: i.deadline })}
              </Typography>
            )}
          </li>
        ))}
      </Box>
      <Button component={RouterLink} label="app.creditGuidance.viewIssues" to={filteredList('issues', { enterpriseId, open: true })} />
    </Alert>
  );
};

/**
 * 提升指引 on the credit file: the gap to the next grade, each record in effect with the day it stops counting and the
 * score from then (and, for a deduction, credit repair as the server offers it), the open issues that block repair,
 * and the positive items with how they are earned. Every figure comes from `creditGuidance`; no rule is copied here.
 */
export const CreditGuidance = ({ enterpriseId }: { enterpriseId: string }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['creditGuidance', enterpriseId], CREDIT_GUIDANCE_QUERY, { id: enterpriseId });
  const g = data?.enterprise?.creditGuidance;
  return (
    <Card sx={{ mb: 2 }} data-testid="credit-guidance">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.creditGuidance.title')}
        </Typography>
        <QueryState isPending={isPending} error={error}>
          {!g ? (
            <EmptyBox />
          ) : (
            <Stack spacing={2}>
              <Box>
                <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }} data-testid="next-grade">
                  {g.vetoed
                    ? translate('app.creditGuidance.vetoed')
                    : g.nextGrade && g.pointsToNextGrade != null
                      ? translate('app.creditGuidance.pointsTo', { points: formatScore(g.pointsToNextGrade), grade: g.nextGrade })
                      : translate('app.creditGuidance.topGrade')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {g.positiveRoom > 0 ? translate('app.creditGuidance.positiveRoom', { points: g.positiveRoom }) : translate('app.creditGuidance.capReached')}
                </Typography>
              </Box>

              <Box>
                <Typography variant="subtitle2" component="h3" gutterBottom>
                  {translate('app.creditGuidance.changesTitle')}
                </Typography>
                {g.changes.length === 0 ? (
                  <EmptyBox message="app.creditGuidance.noChanges" />
                ) : (
                  <Box sx={{ overflowX: 'auto' }}>
                    <Table size="small" data-testid="score-changes">
                      <TableHead>
                        <TableRow>
                          <TableCell>{translate('resources.creditRecords.fields.itemCode')}</TableCell>
                          <TableCell align="right">{translate('resources.creditRecords.fields.points')}</TableCell>
                          <TableCell>{translate('app.creditGuidance.endsOn')}</TableCell>
                          <TableCell align="right">{translate('app.creditGuidance.scoreThen')}</TableCell>
                          <TableCell>{translate('app.creditGuidance.repair')}</TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {g.changes.map((c) => (
                          <TableRow key={c.recordId}>
                            <TableCell>
                              <Link to={`/creditRecords/${c.recordId}/show`}>
                                {c.itemCode} {c.record.itemLabel}
                              </Link>
                            </TableCell>
                            <TableCell align="right" sx={{ color: c.points < 0 ? 'error.main' : 'success.main', fontWeight: 600 }}>
                              {c.points > 0 ? `+${c.points}` : c.points}
                            </TableCell>
                            <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.endsOn}</TableCell>
                            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                              {formatScore(c.score)} <Chip size="small" label={c.grade} />
                            </TableCell>
                            <TableCell>
                              <RepairOffer record={{ id: c.recordId, enterpriseId, availableActions: c.record.availableActions }} />
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </Box>
                )}
              </Box>

              <Box>
                <Typography variant="subtitle2" component="h3" gutterBottom>
                  {translate('app.creditGuidance.issuesTitle')}
                </Typography>
                <OpenIssues enterpriseId={enterpriseId} count={g.openIssues} />
              </Box>

              <Box>
                <Typography variant="subtitle2" component="h3" gutterBottom>
                  {translate('app.creditGuidance.positiveTitle')}
                </Typography>
                <Box sx={{ overflowX: 'auto' }}>
                  <Table size="small" data-testid="positive-items">
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('resources.creditRecords.fields.itemCode')}</TableCell>
                        <TableCell align="right">{translate('resources.creditRecords.fields.points')}</TableCell>
                        <TableCell align="right">{translate('resources.creditRecords.fields.termMonths')}</TableCell>
                        <TableCell>{translate('app.creditGuidance.howEarned')}</TableCell>
                        <TableCell>{translate('app.creditGuidance.held')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {g.positiveItems.map((i) => (
                        <TableRow key={i.code}>
                          <TableCell>
                            {i.code} {i.label}
                          </TableCell>
                          <TableCell align="right" sx={{ color: 'success.main', fontWeight: 600 }}>
                            +{i.points}
                          </TableCell>
                          <TableCell align="right">{i.termMonths}</TableCell>
                          <TableCell sx={{ maxWidth: 420 }}>{i.howEarned}</TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            {i.inEffect}
                            {i.moreAllowed != null && ` · ${translate('app.creditGuidance.moreAllowed', { count: i.moreAllowed })}`}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              </Box>
            </Stack>
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};
