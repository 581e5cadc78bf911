import DownloadIcon from '@mui/icons-material/GetApp';
import { Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import { complaintsFirst, hasTaskInbox, type Role } from '@wuye/domain';
import type { ReactNode } from 'react';
import { Button, Link, Title, downloadCSV, usePermissions, useTranslate } from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import { ListSkeleton } from '../../../common/ListSkeleton';
import { RefLink } from '../../../common/RefLink';
import { useGql } from '../../../common/api';
import { toCsv } from '../../../common/csv';
import { formatDate, formatDateTime, formatNumber } from '../../../common/format';
import { enumLabel } from '../../../common/enums';
import { EmptyBox, ErrorBox } from '../../../common/states';
import { INBOX_QUERY } from '../workflow/operations';
import { IssueActionButtons } from '../workflow/WorkflowButtons';
import { offeredIssueActions } from '../workflow/workflow';
import type { InboxQuery, InboxTaskFragment } from '../../../gql/graphql';

type Inbox = InboxQuery['inbox'];
type Task = InboxTaskFragment;
type InboxComplaint = Inbox['complaints']['items'][number];
type Translate = (k: string, o?: object) => string;

/** Chip colours of the reasons the server gives (`InboxReason`). */
const REASON_COLOR: Record<string, 'error' | 'warning' | 'primary' | 'default'> = {
  OVERDUE: 'error',
  RETURNED: 'warning',
  DUE_SOON: 'warning',
  ASSIGNED: 'primary',
  TO_ASSIGN: 'primary',
  TO_VERIFY: 'primary',
  RECTIFYING: 'default',
};

/** One CSV row per waiting issue, its reasons in words in the first column. */
export function inboxCsvRows(tasks: readonly Task[], translate: Translate): (string | number)[][] {
  return tasks.map(({ issue: i, reasons }) => [
    reasons.map((r) => translate(`app.inbox.reasons.${r}`)).join('、'),
    i.id,
    i.title,
    enumLabel(translate, 'IssueCategory', i.category),
    enumLabel(translate, 'IssueState', i.state),
    i.community?.name ?? '',
    i.enterprise?.name ?? '',
    formatDate(i.deadline),
    i.overdue ? i.daysOverdue : '',
  ]);
}

const Reasons = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {task.reasons.map((r) => (
        <Chip
          key={r}
          size="small"
          color={REASON_COLOR[r] ?? 'default'}
          label={
            r === 'OVERDUE' && task.issue.overdue ? translate('app.issue.overdueDays', { days: task.issue.daysOverdue }) : translate(`app.inbox.reasons.${r}`)
          }
          sx={{ height: 'auto', '& .MuiChip-label': { whiteSpace: 'nowrap' } }}
        />
      ))}
      {task.issue.flagged && <Chip size="small" color="error" variant="outlined" label={translate('app.issue.flagged')} />}
    </Stack>
  );
};

/** On a phone each task is a card: title, reasons, where, the deadline and the actions with their words. */
const TaskCard = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const i = task.issue;
  return (
    <Card variant="outlined" data-testid="inbox-card">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Link to={`/issues/${i.id}/show`}>
          <Typography variant="subtitle1" component="span">
            {i.title}
          </Typography>
        </Link>
        <Box sx={{ my: 1 }}>
          <Reasons task={task} />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {[enumLabel(translate, 'IssueCategory', i.category), i.community?.name, enumLabel(translate, 'IssueState', i.state)].filter(Boolean).join(' · ')}
        </Typography>
        {i.deadline && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {translate('resources.issues.fields.deadline')}：{formatDate(i.deadline)}
          </Typography>
        )}
        <Box sx={{ mt: 1 }}>
          <IssueActionButtons issue={i} />
        </Box>
      </CardContent>
    </Card>
  );
};

const TaskTable = ({ tasks, withActions }: { tasks: readonly Task[]; withActions: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.issues.fields.title')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('app.inbox.reason')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.issues.fields.community')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.issues.fields.state')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.issues.fields.deadline')}</TableCell>
            {withActions && <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('app.common.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {tasks.map((task) => {
            const i = task.issue;
            return (
              <TableRow key={i.id} data-testid="inbox-row">
                <TableCell>
                  <Link to={`/issues/${i.id}/show`}>{i.title}</Link>
                  <Typography variant="caption" display="block" color="text.secondary">
                    {enumLabel(translate, 'IssueCategory', i.category)}
                    {i.enterprise ? ' · ' : ''}
                    <RefLink field="enterprise" record={i.enterprise} />
                  </Typography>
                </TableCell>
                <TableCell>
                  <Reasons task={task} />
                </TableCell>
                <TableCell>
                  <RefLink field="community" record={i.community} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{enumLabel(translate, 'IssueState', i.state)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(i.deadline)}</TableCell>
                {withActions && (
                  <TableCell>
                    <IssueActionButtons issue={i} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

/** A section's total; past the server's cap (10,000 at province scale) "10,000+". */
const countOf = (translate: (key: string, options?: object) => string, section: { total: number; totalCapped: boolean }): string =>
  section.totalCapped ? translate('app.list.cappedTotal', { total: formatNumber(section.total) }) : String(section.total);

const complaintLine = (c: InboxComplaint) => (c.content.length > 40 ? `${c.content.slice(0, 40)}…` : c.content);

const ComplaintsCard = ({ inbox, small }: { inbox: Inbox; small: boolean }) => {
  const translate = useTranslate();
  const items = inbox.complaints.items;
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.inbox.sections.complaints')} ({countOf(translate, inbox.complaints)})
        </Typography>
        {small ? (
          <Stack spacing={1}>
            {items.map((c) => (
              <Card key={c.id} variant="outlined" data-testid="inbox-complaint-card">
                <CardContent sx={{ '&:last-child': { pb: 2 } }}>
                  <Link to={`/complaints/${c.id}/show`}>{complaintLine(c)}</Link>
                  <Typography variant="body2" color="text.secondary">
                    {[enumLabel(translate, 'IssueCategory', c.category), c.community?.name, enumLabel(translate, 'ComplaintState', c.state)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {translate('resources.complaints.fields.resolutionDue')}：{formatDateTime(c.resolutionDue)}
                  </Typography>
                  {(c.firstResponseLate || c.resolutionLate) && <Chip size="small" color="error" label={translate('app.complaint.late')} sx={{ mt: 1 }} />}
                </CardContent>
              </Card>
            ))}
          </Stack>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.complaints.fields.receivedAt')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.complaints.fields.category')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.complaints.fields.community')}</TableCell>
                  <TableCell>{translate('resources.complaints.fields.content')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.complaints.fields.state')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.complaints.fields.resolutionDue')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.receivedAt)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{enumLabel(translate, 'IssueCategory', c.category)}</TableCell>
                    <TableCell>
                      <RefLink field="community" record={c.community} />
                    </TableCell>
                    <TableCell>
                      <Link to={`/complaints/${c.id}/show`}>{complaintLine(c)}</Link>
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {enumLabel(translate, 'ComplaintState', c.state)}
                      {(c.firstResponseLate || c.resolutionLate) && <Chip size="small" color="error" label={translate('app.complaint.late')} sx={{ ml: 1 }} />}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.resolutionDue)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

const TasksCard = ({ inbox, small, permissions }: { inbox: Inbox; small: boolean; permissions: readonly string[] | undefined }) => {
  const translate = useTranslate();
  const tasks = inbox.tasks.items;
  const withActions = tasks.some((t) => offeredIssueActions(t.issue.availableActions, permissions).length > 0);
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.inbox.issues')} ({countOf(translate, inbox.tasks)})
        </Typography>
        {small ? (
          <Stack spacing={1}>
            {tasks.map((t) => (
              <TaskCard key={t.issue.id} task={t} />
            ))}
          </Stack>
        ) : (
          <TaskTable tasks={tasks} withActions={withActions} />
        )}
        {inbox.tasks.total > tasks.length && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.inbox.more', { shown: tasks.length, total: countOf(translate, inbox.tasks) })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

/**
 * 我的任务: every issue that waits on the signed-in user once, with the reasons the server gives as chips and the
 * actions to answer it in place; the complaints routed to them (first, for a department). Cards on a phone.
 */
export const InboxPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const role = permissions?.role as Role | undefined;
  const { data, isPending, error } = useGql(['inbox'], INBOX_QUERY);
  const inbox = data?.inbox;
  const exportAll = () => {
    if (!inbox) return;
    const header = [
      'app.inbox.reason',
      'resources.issues.fields.id',
      'resources.issues.fields.title',
      'resources.issues.fields.category',
      'resources.issues.fields.state',
      'resources.issues.fields.community',
      'resources.issues.fields.enterprise',
      'resources.issues.fields.deadline',
      'resources.issues.fields.daysOverdue',
    ].map((k) => translate(k));
    downloadCSV(toCsv(header, inboxCsvRows(inbox.tasks.items, translate)), translate('app.inbox.title'));
  };
  let body: ReactNode;
  if (error) body = <ErrorBox error={error} />;
  else if (isPending || !inbox)
    body = (
      <Card>
        <ListSkeleton />
      </Card>
    );
  else if (!inbox.hasTasks || (role && !hasTaskInbox(role)))
    body = (
      <Card>
        <EmptyBox message="app.inbox.noInbox" />
      </Card>
    );
  else if (inbox.tasks.total === 0 && inbox.complaints.total === 0)
    body = (
      <Card>
        <EmptyBox message="app.inbox.empty" />
      </Card>
    );
  else {
    const tasks = inbox.tasks.total > 0 ? <TasksCard key="tasks" inbox={inbox} small={small} permissions={permissions?.permissions} /> : null;
    const complaints = inbox.complaints.total > 0 ? <ComplaintsCard key="complaints" inbox={inbox} small={small} /> : null;
    body = complaintsFirst(role) ? [complaints, tasks] : [tasks, complaints];
  }
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.inbox.title" />
      <Stack direction="row" alignItems="center" sx={{ mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('app.inbox.hint')}
        </Typography>
        <Button label="ra.action.export" onClick={exportAll} disabled={!inbox?.tasks.total}>
          <DownloadIcon />
        </Button>
      </Stack>
      {body}
    </Box>
  );
};
