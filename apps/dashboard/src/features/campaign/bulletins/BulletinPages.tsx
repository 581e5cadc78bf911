import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/GetApp';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PrintIcon from '@mui/icons-material/Print';
import PublishIcon from '@mui/icons-material/Publish';
import RateReviewIcon from '@mui/icons-material/RateReview';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Button as MuiButton, Card, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Title, useLocale, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { OfferedAction } from '../../../common/OfferedAction';
import { ActionDialogButton } from '../../../common/ActionDialog';
import { publicRequest, useGql, useRunAction } from '../../../common/api';
import { formatDateTime, todayInShanghai } from '../../../common/dates';
import { fetchWithToken, openWithToken, saveBlob } from '../../../common/files';
import { EmptyBox, QueryState } from '../../../common/states';
import type { BulletinByFragment, BulletinQuery, BulletinSummaryFragment } from '../../../gql/graphql';
import { BulletinSnapshotView } from './BulletinSnapshotView';
import {
  BULLETINS_QUERY,
  BULLETIN_QUERY,
  GENERATE_BULLETIN,
  PUBLIC_BULLETINS_QUERY,
  PUBLIC_BULLETIN_QUERY,
  PUBLISH_BULLETIN,
  REVIEW_BULLETIN,
} from './operations';
import { bulletinFileName, bulletinStatusColor, bulletinStatusKey, langOf, monthLabel, monthToGenerate, parseSnapshot } from './snapshot';
import { StatusChip } from '../../../common/StatusChip';

/** A bulletin as the lists read it; who generated, reviewed and published only for signed-in bureau and analysts. */
type BulletinSummary = BulletinSummaryFragment & Partial<BulletinByFragment>;

/** `2026-11-03 10:00 陈建国`: when, and by whom when known. */
const atBy = (at: string | null, by: string | null | undefined) => [formatDateTime(at), at ? (by ?? '') : ''].filter(Boolean).join(' ');

/** One bulletin; the workflow actions only on the signed-in page (BULLETIN_QUERY). */
type BulletinDetail = BulletinSummary & { snapshot: unknown } & Partial<Pick<NonNullable<BulletinQuery['bulletin']>, 'availableActions'>>;

export const BulletinStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <StatusChip color={bulletinStatusColor(status)} label={translate(bulletinStatusKey(status), { _: status })} />;
};

const LIST_FIELDS = ['month', 'status', 'generatedAt', 'reviewedAt', 'reviewNote', 'publishedAt'] as const;
const BY_OF = { generatedAt: 'generatedByName', reviewedAt: 'reviewedByName', publishedAt: 'publishedByName' } as const;

/** The bulletins, newest first; a row opens one. The public list shows the same columns a visitor can read. */
export const BulletinTable = ({
  bulletins,
  hrefOf,
  publicView = false,
}: {
  bulletins: readonly BulletinSummary[];
  hrefOf: (id: string) => string;
  publicView?: boolean;
}) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const lang = langOf(useLocale());
  const fields = publicView ? (['month', 'publishedAt'] as const) : LIST_FIELDS;
  if (bulletins.length === 0) return <EmptyBox />;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('app.bulletin.title')}>
        <TableHead>
          <TableRow>
            {fields.map((f) => (
              <TableCell key={f} sx={{ whiteSpace: 'nowrap' }}>
                {translate(`app.bulletin.fields.${f}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {bulletins.map((b) => (
            <TableRow key={b.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(hrefOf(b.id))}>
              {fields.map((f) => (
                <TableCell key={f}>
                  {f === 'month' ? (
                    <RouterLink to={hrefOf(b.id)} onClick={(e) => e.stopPropagation()}>
                      {monthLabel(b.month, lang)}
                    </RouterLink>
                  ) : f === 'status' ? (
                    <BulletinStatusChip status={b.status} />
                  ) : f === 'reviewNote' ? (
                    (b.reviewNote ?? '')
                  ) : (
                    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                      {atBy(b[f], b[BY_OF[f]])}
                    </Box>
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** 月度通报: the list, and “生成通报” for the bureau. */
export const BulletinsPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const run = useRunAction();
  const { permissions } = usePermissions<AppPermissions>();
  const { data, isPending, error } = useGql(['bulletins'], BULLETINS_QUERY);
  const canPrepare = hasPermission(permissions, 'bulletin:prepare');
  const months = data?.bulletins.map((b) => b.month) ?? [];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.bulletin.title" />
      <Stack direction="row" sx={{ mb: 2 }} alignItems="center" spacing={2}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('app.bulletin.workflow')}
        </Typography>
        {canPrepare && !isPending && (
          <ActionDialogButton
            label="app.bulletin.generate"
            icon={<AddIcon />}
            variant="contained"
            fields={[
              {
                name: 'month',
                label: 'app.bulletin.fields.month',
                required: true,
                defaultValue: monthToGenerate(todayInShanghai(), months),
                helperText: 'app.bulletin.monthHint',
              },
            ]}
            onSubmit={async (v) => {
              const bulletin = await run(GENERATE_BULLETIN, { month: v.month as string }, 'generateBulletin');
              navigate(`/bulletins/${bulletin.id}`);
            }}
          >
            <Typography variant="body2">{translate('app.bulletin.generateHint')}</Typography>
          </ActionDialogButton>
        )}
      </Stack>
      <Card>
        <QueryState list isPending={isPending} error={error}>
          <BulletinTable bulletins={data?.bulletins ?? []} hrefOf={(id) => `/bulletins/${id}`} />
        </QueryState>
      </Card>
    </Box>
  );
};

/** Print and download: a published bulletin is a plain link; a draft is fetched with the bearer token. */
const FileButtons = ({ bulletin }: { bulletin: BulletinSummary }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const published = bulletin.status === 'PUBLISHED';
  const prefix = translate('app.bulletin.title');
  const xlsxUrl = `${bulletin.downloadUrl}?format=xlsx`;
  const guarded = (action: () => Promise<void>) => () => {
    action().catch((error: unknown) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }));
  };
  if (published) {
    return (
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <MuiButton size="small" variant="outlined" startIcon={<PrintIcon />} href={bulletin.printUrl} target="_blank" rel="noopener">
          {translate('app.bulletin.print')}
        </MuiButton>
        <MuiButton size="small" startIcon={<DownloadIcon />} href={bulletin.downloadUrl} download={bulletinFileName(prefix, bulletin.month, 'html')}>
          {translate('app.bulletin.downloadHtml')}
        </MuiButton>
        <MuiButton size="small" startIcon={<DownloadIcon />} href={xlsxUrl} download={bulletinFileName(prefix, bulletin.month, 'xlsx')}>
          {translate('app.bulletin.downloadXlsx')}
        </MuiButton>
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
      <MuiButton size="small" variant="outlined" startIcon={<PrintIcon />} onClick={guarded(() => openWithToken(bulletin.printUrl))}>
        {translate('app.bulletin.print')}
      </MuiButton>
      <MuiButton
        size="small"
        startIcon={<DownloadIcon />}
        onClick={guarded(async () => saveBlob(await fetchWithToken(bulletin.downloadUrl), bulletinFileName(prefix, bulletin.month, 'html')))}
      >
        {translate('app.bulletin.downloadHtml')}
      </MuiButton>
      <MuiButton
        size="small"
        startIcon={<DownloadIcon />}
        onClick={guarded(async () => saveBlob(await fetchWithToken(xlsxUrl), bulletinFileName(prefix, bulletin.month, 'xlsx')))}
      >
        {translate('app.bulletin.downloadXlsx')}
      </MuiButton>
    </Stack>
  );
};

/** One bulletin: its snapshot, and the workflow buttons the signed-in user may use. Also the public page's content. */
export const BulletinView = ({ id, signedIn }: { id: string; signedIn: boolean }) => {
  const translate = useTranslate();
  const lang = langOf(useLocale());
  const run = useRunAction();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useGql(
    ['bulletin', id, signedIn],
    signedIn ? BULLETIN_QUERY : PUBLIC_BULLETIN_QUERY,
    { id },
    { client: signedIn ? undefined : publicRequest },
  );
  const bulletin: BulletinDetail | null | undefined = data?.bulletin;
  const refetch = () => queryClient.invalidateQueries({ queryKey: ['gql'] });

  return (
    <QueryState isPending={isPending} error={error}>
      {!bulletin ? (
        <EmptyBox message="ra.notification.item_doesnt_exist" />
      ) : (
        <Box sx={{ minWidth: 0 }}>
          <Title title={`${translate('app.bulletin.title')} ${bulletin.month}`} />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'flex-start' }} sx={{ mb: 2 }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="h5" component="h1">
                {translate('app.bulletin.heading', { month: monthLabel(bulletin.month, lang) })} <BulletinStatusChip status={bulletin.status} />
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[
                  `${translate('app.bulletin.fields.asOf')} ${parseSnapshot(bulletin.snapshot).asOf}`,
                  `${translate('app.bulletin.fields.generatedAt')} ${atBy(bulletin.generatedAt, bulletin.generatedByName)}`,
                  bulletin.reviewedAt ? `${translate('app.bulletin.fields.reviewedAt')} ${atBy(bulletin.reviewedAt, bulletin.reviewedByName)}` : null,
                  bulletin.publishedAt ? `${translate('app.bulletin.fields.publishedAt')} ${atBy(bulletin.publishedAt, bulletin.publishedByName)}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              {bulletin.reviewNote && (
                <Typography variant="body2" color="text.secondary">
                  {translate('app.bulletin.fields.reviewNote')}：{bulletin.reviewNote}
                </Typography>
              )}
              <Box sx={{ mt: 1 }}>
                <FileButtons bulletin={bulletin} />
              </Box>
            </Box>
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
              {signedIn && bulletin.status === 'PUBLISHED' && (
                <MuiButton size="small" startIcon={<OpenInNewIcon />} component={RouterLink} to={`/public/bulletins/${bulletin.id}`}>
                  {translate('app.bulletin.publicPage')}
                </MuiButton>
              )}
              <OfferedAction actions={bulletin.availableActions} action="REGENERATE" label="app.bulletin.regenerate">
                <ActionDialogButton
                  label="app.bulletin.regenerate"
                  icon={<RefreshIcon />}
                  fields={[]}
                  onSubmit={async () => {
                    await run(GENERATE_BULLETIN, { month: bulletin.month }, 'generateBulletin');
                    await refetch();
                  }}
                >
                  <Typography variant="body2">{translate('app.bulletin.regenerateHint')}</Typography>
                </ActionDialogButton>
              </OfferedAction>
              <OfferedAction actions={bulletin.availableActions} action="REVIEW" label="app.bulletin.review">
                <ActionDialogButton
                  label="app.bulletin.review"
                  icon={<RateReviewIcon />}
                  variant="contained"
                  fields={[{ name: 'note', label: 'app.bulletin.fields.reviewNote', kind: 'multiline' }]}
                  onSubmit={async (v) => {
                    await run(REVIEW_BULLETIN, { id: bulletin.id, note: v.note as string | undefined }, 'reviewBulletin');
                    await refetch();
                  }}
                >
                  <Typography variant="body2">{translate('app.bulletin.reviewHint')}</Typography>
                </ActionDialogButton>
              </OfferedAction>
              <OfferedAction actions={bulletin.availableActions} action="PUBLISH" label="app.bulletin.publish">
                <ActionDialogButton
                  label="app.bulletin.publish"
                  icon={<PublishIcon />}
                  variant="contained"
                  color="warning"
                  fields={[]}
                  onSubmit={async () => {
                    await run(PUBLISH_BULLETIN, { id: bulletin.id }, 'publishBulletin');
                    await refetch();
                  }}
                >
                  <Alert severity="warning">{translate('app.bulletin.publishConfirm')}</Alert>
                </ActionDialogButton>
              </OfferedAction>
            </Stack>
          </Stack>
          {bulletin.status !== 'PUBLISHED' && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('app.bulletin.draftNotice')}
            </Alert>
          )}
          <BulletinSnapshotView snapshot={parseSnapshot(bulletin.snapshot)} />
        </Box>
      )}
    </QueryState>
  );
};

export const BulletinPage = () => {
  const { id } = useParams();
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <MuiButton size="small" startIcon={<ArrowBackIcon />} component={RouterLink} to="/bulletins" sx={{ mb: 1 }}>
        {translate('app.bulletin.backToList')}
      </MuiButton>
      {id && <BulletinView id={id} signedIn />}
    </Box>
  );
};

/** Public (no login): the published bulletins. */
export const PublicBulletinList = () => {
  const { data, isPending, error } = useGql(['bulletins', 'public'], PUBLIC_BULLETINS_QUERY, {}, { client: publicRequest });
  return (
    <Card>
      <QueryState list isPending={isPending} error={error}>
        <BulletinTable bulletins={(data?.bulletins ?? []).filter((b) => b.status === 'PUBLISHED')} hrefOf={(id) => `/public/bulletins/${id}`} publicView />
      </QueryState>
    </Card>
  );
};

/** Public (no login): one published bulletin. */
export const PublicBulletin = ({ id }: { id: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <MuiButton size="small" startIcon={<ArrowBackIcon />} component={RouterLink} to="/public/bulletins" sx={{ mb: 1 }}>
        {translate('app.bulletin.allBulletins')}
      </MuiButton>
      <BulletinView id={id} signedIn={false} />
    </Box>
  );
};
