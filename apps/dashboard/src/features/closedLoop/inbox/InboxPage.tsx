import DownloadIcon from '@mui/icons-material/GetApp';
import { Badge, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, Link, Title, downloadCSV, useGetList, usePermissions, useTranslate } from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import { useGql } from '../../../common/api';
import { toCsv } from '../../../common/csv';
import { formatDate, formatDateTime } from '../../../common/format';
import { enumLabel } from '../../../common/enums';
import { EmptyBox, QueryState } from '../../../common/states';
import { INBOX_QUERY } from '../workflow/operations';
import { IssueActionButtons } from '../workflow/WorkflowButtons';
import type { InboxQuery, InboxSectionFragment, IssueListFieldsFragment } from '../../../gql/graphql';

type InboxData = InboxQuery;
/** An issue of an inbox section (the InboxSection fragment); the firm's rectifying list reads the same fields. */
type InboxIssue = InboxSectionFragment['items'][number];
/** Sections in the order a user works through them; the firm's first, then the bureau's. */
export const INBOX_SECTIONS = ['overdue', 'returned', 'assigned', 'dueSoon', 'toAssign', 'toVerify'] as const;

/** One CSV for the whole inbox: the section as the first column; an issue in several sections appears in each. */
export function inboxCsvRows(inbox: InboxData['inbox'], translate: (k: string, o?: object) => string): (string | number)[][] {
  return INBOX_SECTIONS.flatMap((s) =>
    inbox[s].items.map((i) => [
      translate(`app.inbox.sections.${s}`),
      i.id,
      i.title,
      enumLabel(translate, 'IssueCategory', i.category),
      enumLabel(translate, 'IssueState', i.state),
      i.community?.name ?? '',
      i.enterprise?.name ?? '',
      formatDate(i.deadline),
      i.overdue ? i.daysOverdue : '',
    ]),
  );
}

const IssueTable = ({ items }: { items: InboxIssue[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.issues.fields.title')}</TableCell>
            <TableCell>{translate('resources.issues.fields.community')}</TableCell>
            <TableCell>{translate('resources.issues.fields.state')}</TableCell>
            <TableCell>{translate('resources.issues.fields.deadline')}</TableCell>
            <TableCell>{translate('app.common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((i) => (
            <TableRow key={i.id}>
              <TableCell>
                <Link to={`/issues/${i.id}/show`}>{i.title}</Link>
                <Typography variant="caption" display="block" color="text.secondary">
                  {enumLabel(translate, 'IssueCategory', i.category)}
                  {i.enterprise ? ` · ${i.enterprise.name}` : ''}
                </Typography>
              </TableCell>
              <TableCell>{i.community?.name ?? ''}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                  <Chip size="small" label={enumLabel(translate, 'IssueState', i.state)} />
                  {i.overdue && <Chip size="small" color="error" label={translate('app.issue.overdueDays', { days: i.daysOverdue })} />}
                  {i.flagged && <Chip size="small" color="error" variant="outlined" label={translate('app.issue.flagged')} />}
                </Stack>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(i.deadline)}</TableCell>
              <TableCell>
                <IssueActionButtons issue={i} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** 我的任务: what waits on the signed-in user (the `inbox` query), with the actions to answer it in place. */
/**
 * A firm's issues in rectification that are neither due soon nor overdue: the API's inbox has no section for them,
 * yet they wait on the firm's feedback (the ledger's `mine` filter has them).
 */
const Rectifying = () => {
  const translate = useTranslate();
  const { data, total } = useGetList<IssueListFieldsFragment>('issues', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'deadline', order: 'ASC' },
    filter: { mine: true, state: 'RECTIFYING' },
  });
  if (!data?.length) return null;
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.inbox.sections.rectifying')} ({total ?? data.length})
        </Typography>
        <IssueTable items={data} />
      </CardContent>
    </Card>
  );
};

export const InboxPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const { data, isPending, error } = useGql(['inbox'], INBOX_QUERY);
  const inbox = data?.inbox;
  const visible = inbox ? INBOX_SECTIONS.filter((s) => inbox[s].total > 0) : [];
  const exportAll = () => {
    if (!inbox) return;
    const header = [
      'app.inbox.section',
      'resources.issues.fields.id',
      'resources.issues.fields.title',
      'resources.issues.fields.category',
      'resources.issues.fields.state',
      'resources.issues.fields.community',
      'resources.issues.fields.enterprise',
      'resources.issues.fields.deadline',
      'resources.issues.fields.daysOverdue',
    ].map((k) => translate(k));
    downloadCSV(toCsv(header, inboxCsvRows(inbox, translate)), translate('app.inbox.title'));
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.inbox.title" />
      <Stack direction="row" alignItems="center" sx={{ mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('app.inbox.hint')}
        </Typography>
        <Button label="ra.action.export" onClick={exportAll} disabled={!visible.length}>
          <DownloadIcon />
        </Button>
      </Stack>
      <QueryState isPending={isPending} error={error}>
        {inbox && visible.length === 0 && inbox.complaints.total === 0 && (
          <Card>
            <EmptyBox message="app.inbox.empty" />
          </Card>
        )}
        {permissions?.role === 'ENTERPRISE' && <Rectifying />}
        {inbox &&
          visible.map((s) => (
            <Card key={s} sx={{ mb: 2 }}>
              <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                  <Badge
                    badgeContent={inbox[s].total}
                    color={s === 'overdue' ? 'error' : 'primary'}
                    max={999}
                    sx={{ '& .MuiBadge-badge': { right: -20, top: 12 } }}
                  >
                    {translate(`app.inbox.sections.${s}`)}
                  </Badge>
                </Typography>
                <IssueTable items={inbox[s].items} />
                {inbox[s].total > inbox[s].items.length && (
                  <Typography variant="caption" color="text.secondary">
                    {translate('app.inbox.more', { shown: inbox[s].items.length, total: inbox[s].total })}
                  </Typography>
                )}
              </CardContent>
            </Card>
          ))}
        {inbox && inbox.complaints.total > 0 && (
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('app.inbox.sections.complaints')} ({inbox.complaints.total})
              </Typography>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.complaints.fields.receivedAt')}</TableCell>
                    <TableCell>{translate('resources.complaints.fields.category')}</TableCell>
                    <TableCell>{translate('resources.complaints.fields.community')}</TableCell>
                    <TableCell>{translate('resources.complaints.fields.content')}</TableCell>
                    <TableCell>{translate('resources.complaints.fields.state')}</TableCell>
                    <TableCell>{translate('resources.complaints.fields.resolutionDue')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {inbox.complaints.items.map((c) => (
                    <TableRow key={c.id}>
                      <TableCell>{formatDateTime(c.receivedAt)}</TableCell>
                      <TableCell>{enumLabel(translate, 'IssueCategory', c.category)}</TableCell>
                      <TableCell>{c.community?.name ?? ''}</TableCell>
                      <TableCell>
                        <Link to={`/complaints/${c.id}/show`}>{c.content.length > 40 ? `${c.content.slice(0, 40)}…` : c.content}</Link>
                      </TableCell>
                      <TableCell>
                        {enumLabel(translate, 'ComplaintState', c.state)}
                        {(c.firstResponseLate || c.resolutionLate) && (
                          <Chip size="small" color="error" label={translate('app.complaint.late')} sx={{ ml: 1 }} />
                        )}
                      </TableCell>
                      <TableCell>{formatDateTime(c.resolutionDue)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        )}
      </QueryState>
    </Box>
  );
};
