import DownloadIcon from '@mui/icons-material/GetApp';
import PublishIcon from '@mui/icons-material/Publish';
import RateReviewIcon from '@mui/icons-material/RateReview';
import RefreshIcon from '@mui/icons-material/Refresh';
import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import { Button, Link, Title, downloadCSV, usePermissions, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { publicRequest, request, useGql, useRunAction } from '../../../common/api';
import { ActionDialogButton } from '../../../common/ActionDialog';
import { OfferedAction } from '../../../common/OfferedAction';
import { toCsv } from '../../../common/csv';
import { formatDateTime } from '../../../common/dates';
import { serverNow } from '../../../common/clock';
import { EmptyBox, QueryState } from '../../../common/states';
import type { RatingQuery } from '../../../gql/graphql';
import { ListedFirmsTable } from '../pages/Boards';
import { PREPARE_RATING, PUBLISH_RATING, RATINGS_QUERY, RATING_QUERY, REVIEW_RATING } from '../pages/operations';
import { gradeDistribution } from '../../analytics/home/gradeDistribution';
import { gradeStyle } from '../../registry/enterprises/creditStyles';
import { nextQuarterToPrepare } from './quarters';
import { formatDate, formatScore } from '../../../common/format';
import { EnumStatusChip } from '../../../common/StatusChip';

const GradeChart = lazy(() => import('../../analytics/home/GradeChart'));

const RatingStatusChip = ({ status }: { status: string }) => (
  <EnumStatusChip enumName="RatingStatus" value={status} colors={{ PUBLISHED: 'success', REVIEWED: 'info' }} />
);

/** 季度评比: the ratings, newest first; the bureau prepares a quarter. */
export const RatingsPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const run = useRunAction();
  const { permissions } = usePermissions<AppPermissions>();
  const { data, isPending, error } = useGql(['ratings'], RATINGS_QUERY);
  const canPrepare = hasPermission(permissions, 'rating:prepare');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.rating.title" />
      <Stack direction="row" sx={{ mb: 2 }} alignItems="center">
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('app.rating.workflow')}
        </Typography>
        {canPrepare && (
          <ActionDialogButton
            label="app.rating.prepare"
            icon={<AddIcon />}
            variant="contained"
            fields={[
              {
                name: 'quarter',
                label: 'app.rating.fields.quarter',
                required: true,
                defaultValue: nextQuarterToPrepare(serverNow()),
                helperText: 'app.rating.quarterHint',
              },
            ]}
            onSubmit={async (v) => {
              const rating = await run(PREPARE_RATING, { quarter: v.quarter as string }, 'prepareRating');
              navigate(`/ratings/${rating.id}`);
            }}
          />
        )}
      </Stack>
      <Card>
        <QueryState list isPending={isPending} error={error}>
          {!data?.ratings.length ? (
            <EmptyBox />
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  {['quarter', 'status', 'asOf', 'preparedAt', 'reviewedAt', 'publishedOn', 'total', 'standardVersion'].map((f) => (
                    <TableCell key={f}>{translate(`app.rating.fields.${f}`)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.ratings.map((r) => (
                  <TableRow key={r.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/ratings/${r.id}`)}>
                    <TableCell>{r.quarter}</TableCell>
                    <TableCell>
                      <RatingStatusChip status={r.status} />
                    </TableCell>
                    <TableCell>{formatDate(r.asOf)}</TableCell>
                    <TableCell>{formatDateTime(r.preparedAt)}</TableCell>
                    <TableCell>{formatDateTime(r.reviewedAt)}</TableCell>
                    <TableCell>{formatDate(r.publishedOn)}</TableCell>
                    <TableCell>{r.total}</TableCell>
                    <TableCell>v{r.standardVersion}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </QueryState>
      </Card>
    </Box>
  );
};

const PER_PAGE = 25;

/** One rating: the snapshot (published) or the draft under review, with the workflow buttons the user may use. */
export const RatingView = ({ id, signedIn }: { id: string; signedIn: boolean }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const { data, isPending, error } = useGql(
    ['rating', id, signedIn],
    RATING_QUERY,
    { id, page, perPage: PER_PAGE },
    { client: signedIn ? undefined : publicRequest },
  );
  const rating = data?.rating;
  const refetch = () => queryClient.invalidateQueries({ queryKey: ['gql'] });
  const firmLink = signedIn ? (eid: string) => `/credit/${eid}` : undefined;

  const exportRanking = async () => {
    if (!rating) return;
    const header = ['rank', 'name', 'uscc', 'townshipName', 'score', 'grade', 'positivePoints', 'negativePoints'].map((f) =>
      translate(`app.ranking.fields.${f}`),
    );
    const client = signedIn ? request : publicRequest;
    const rows: NonNullable<RatingQuery['rating']>['ranking'] = [];
    for (let p = 1; rows.length < rating.total; p += 1) {
      const result = await client(RATING_QUERY, { id, page: p, perPage: 1000 });
      if (!result.rating?.ranking.length) break;
      rows.push(...result.rating.ranking);
    }
    downloadCSV(
      toCsv(
        header,
        rows.map((r) => [r.rank, r.name, r.uscc, r.townshipName, formatScore(r.score), r.grade, r.positivePoints, r.negativePoints]),
      ),
      `${translate('app.rating.title')}-${rating.quarter}`,
    );
  };

  return (
    <QueryState isPending={isPending} error={error}>
      {!rating ? (
        <EmptyBox message="ra.notification.item_doesnt_exist" />
      ) : (
        <Box>
          <Title title={`${translate('app.rating.title')} ${rating.quarter}`} />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }} sx={{ mb: 2 }}>
            <Box sx={{ flex: 1 }}>
              <Typography variant="h5" component="h1">
                {translate('app.rating.title')} {rating.quarter} <RatingStatusChip status={rating.status} />
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('app.rating.summary', { asOf: rating.asOf, total: rating.total, version: rating.standardVersion })}
                {rating.publishedOn ? ` · ${translate('app.rating.fields.publishedOn')} ${rating.publishedOn}` : ''}
                {rating.reviewNote ? ` · ${translate('app.rating.fields.reviewNote')}：${rating.reviewNote}` : ''}
              </Typography>
            </Box>
            <OfferedAction actions={rating.availableActions} action="PREPARE" label="app.rating.reprepare">
              <ActionDialogButton
                label="app.rating.reprepare"
                icon={<RefreshIcon />}
                fields={[]}
                onSubmit={async () => {
                  await run(PREPARE_RATING, { quarter: rating.quarter }, 'prepareRating');
                  await refetch();
                }}
              >
                <Typography variant="body2">{translate('app.rating.reprepareHint')}</Typography>
              </ActionDialogButton>
            </OfferedAction>
            <OfferedAction actions={rating.availableActions} action="REVIEW" label="app.rating.review">
              <ActionDialogButton
                label="app.rating.review"
                icon={<RateReviewIcon />}
                fields={[{ name: 'note', label: 'app.rating.fields.reviewNote', kind: 'multiline' }]}
                onSubmit={async (v) => {
                  await run(REVIEW_RATING, { id: rating.id, note: v.note as string | undefined }, 'reviewRating');
                  await refetch();
                }}
              >
                <Typography variant="body2">{translate('app.rating.reviewHint')}</Typography>
              </ActionDialogButton>
            </OfferedAction>
            <OfferedAction actions={rating.availableActions} action="PUBLISH" label="app.rating.publish">
              <ActionDialogButton
                label="app.rating.publish"
                icon={<PublishIcon />}
                variant="contained"
                fields={[]}
                onSubmit={async () => {
                  await run(PUBLISH_RATING, { id: rating.id }, 'publishRating');
                  await refetch();
                }}
              >
                <Typography variant="body2">{translate('app.rating.publishHint')}</Typography>
              </ActionDialogButton>
            </OfferedAction>
          </Stack>

          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mb: 2 }}>
            <Card sx={{ flex: 1 }}>
              <CardContent>
                <Typography variant="h6" component="h2">
                  {translate('app.rating.distribution')}
                </Typography>
                <Suspense fallback={<CircularProgress size={24} aria-label={translate('app.dashboard.loadingChart')} />}>
                  <GradeChart bars={gradeDistribution(rating.total, Object.fromEntries(rating.distribution.map((d) => [d.grade, d.count])))} />
                </Suspense>
              </CardContent>
            </Card>
            <Card sx={{ flex: 1 }}>
              <CardContent>
                <Typography variant="h6" component="h2">
                  {translate('app.boards.red')} ({rating.redList.length})
                </Typography>
                <ListedFirmsTable firms={rating.redList} linkTo={firmLink} />
                <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
                  {translate('app.boards.black')} ({rating.blackList.length})
                </Typography>
                <ListedFirmsTable firms={rating.blackList} linkTo={firmLink} />
                {rating.consecutiveC.length > 0 && (
                  <>
                    <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
                      {translate('app.rating.consecutiveC')} ({rating.consecutiveC.length})
                    </Typography>
                    <ListedFirmsTable firms={rating.consecutiveC} linkTo={firmLink} />
                  </>
                )}
              </CardContent>
            </Card>
          </Stack>

          <Card>
            <CardContent>
              <Stack direction="row" alignItems="center">
                <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
                  {translate('app.rating.ranking')}
                </Typography>
                <Button label="ra.action.export" onClick={exportRanking}>
                  <DownloadIcon />
                </Button>
              </Stack>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      {['rank', 'name', 'uscc', 'townshipName', 'score', 'grade', 'positivePoints', 'negativePoints'].map((f) => (
                        <TableCell key={f}>{translate(`app.ranking.fields.${f}`)}</TableCell>
                      ))}
                      <TableCell>{translate('app.rating.g5')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {rating.ranking.map((r) => (
                      <TableRow key={r.enterpriseId}>
                        <TableCell>{r.rank}</TableCell>
                        <TableCell>{firmLink ? <Link to={firmLink(r.enterpriseId)}>{r.name}</Link> : r.name}</TableCell>
                        <TableCell>{r.uscc}</TableCell>
                        <TableCell>{r.townshipName}</TableCell>
                        <TableCell>{formatScore(r.score)}</TableCell>
                        <TableCell>
                          <Chip size="small" label={r.grade} sx={{ bgcolor: gradeStyle(r.grade).bg, color: gradeStyle(r.grade).fg, fontWeight: 600 }} />
                        </TableCell>
                        <TableCell>+{r.positivePoints}</TableCell>
                        <TableCell>−{r.negativePoints}</TableCell>
                        <TableCell>{rating.g5ProposalIds.includes(r.enterpriseId) ? 'G5' : ''}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
              <TablePagination
                component="div"
                count={rating.total}
                page={page - 1}
                rowsPerPage={PER_PAGE}
                rowsPerPageOptions={[PER_PAGE]}
                onPageChange={(_e, p) => setPage(p + 1)}
              />
            </CardContent>
          </Card>
        </Box>
      )}
    </QueryState>
  );
};

export const RatingPage = () => {
  const { id } = useParams();
  return <Box sx={{ mt: 2 }}>{id && <RatingView id={id} signedIn />}</Box>;
};
