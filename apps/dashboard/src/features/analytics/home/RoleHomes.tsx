import { Box, Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AppPermissions } from '../../../authProvider/permissions';
import { useGql } from '../../../common/api';
import { enumLabel } from '../../../common/enums';
import { EmptyBox, QueryState } from '../../../common/states';
import { GradeChip, ListStatusChip } from '../../registry/enterprises/CreditChips';
import { DEPARTMENT_QUEUE_QUERY, ENTERPRISE_HOME_QUERY } from './operations';
import type { OpenIssueFieldsFragment } from '../../../gql/graphql';
import { overdueFirst } from './roleHome';

/** Open issues with their deadline; overdue ones first and marked. */
const IssueList = ({ issues, total, empty }: { issues: OpenIssueFieldsFragment[]; total: number; empty: string }) => {
  const translate = useTranslate();
  if (issues.length === 0) return <EmptyBox message={empty} />;
  return (
    <>
      <List dense disablePadding>
        {overdueFirst(issues).map((issue) => (
          <ListItem key={issue.id} disableGutters component={Link} to={`/issues/${issue.id}/show`} sx={{ color: 'inherit' }}>
            <ListItemText
              primary={issue.title}
              secondary={`${issue.community?.name ?? ''} · ${enumLabel(translate, 'IssueState', issue.state)} · ${translate('app.kpi.enterprise.deadline')}：${
                issue.deadline ?? translate('app.kpi.enterprise.noDeadline')
              }`}
            />
            {issue.overdue && <Chip size="small" color="error" label={translate('app.issue.overdueDays', { days: issue.daysOverdue })} />}
            {!issue.overdue && issue.dueSoon && <Chip size="small" color="warning" variant="outlined" label={translate('app.kpi.enterprise.dueSoon')} />}
          </ListItem>
        ))}
      </List>
      {total > issues.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.kpi.enterprise.more', { total })}
        </Typography>
      )}
    </>
  );
};

/** A firm manager's home: their firm's credit, issues to rectify, recent credit records, links to their pages. */
export const EnterpriseHome = ({ permissions }: { permissions: AppPermissions }) => {
  const translate = useTranslate();
  const enterpriseId = permissions.enterprise?.id;
  const { data, isPending, error } = useGql(['enterprise-home'], ENTERPRISE_HOME_QUERY, { id: enterpriseId ?? '' }, { enabled: !!enterpriseId });
  const credit = data?.enterprise?.credit;
  return (
    <QueryState isPending={isPending} error={error}>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <Button component={Link} to="/my-credit" variant="contained">
          {translate('app.menu.myCredit')}
        </Button>
        <Button component={Link} to="/inbox" variant="outlined">
          {translate('app.menu.inbox')}
        </Button>
      </Stack>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <Card component="section" aria-label={translate('app.kpi.enterprise.title')} sx={{ flex: '1 1 280px' }}>
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {data?.enterprise?.name ?? translate('app.kpi.enterprise.title')}
            </Typography>
            {credit ? (
              <RecordContextProvider value={{ id: data!.enterprise!.id, ...credit }}>
                <Typography variant="body2" color="text.secondary">
                  {translate('app.kpi.enterprise.score')}
                </Typography>
                <Typography variant="h3" component="p" sx={{ fontWeight: 600 }}>
                  {credit.score.toFixed(1)}
                </Typography>
                <Stack direction="row" spacing={1} alignItems="center" sx={{ my: 1 }}>
                  <Typography variant="body2">{translate('app.kpi.enterprise.grade')}</Typography>
                  <GradeChip />
                  <Typography variant="body2">{translate('app.kpi.enterprise.listStatus')}</Typography>
                  <ListStatusChip showTerm />
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  {translate('app.kpi.enterprise.asOf', { date: credit.asOf })}
                </Typography>
              </RecordContextProvider>
            ) : (
              <EmptyBox />
            )}
          </CardContent>
        </Card>
        <Card component="section" aria-label={translate('app.kpi.enterprise.openIssues')} sx={{ flex: '2 1 420px' }}>
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('app.kpi.enterprise.openIssues')}
            </Typography>
            <IssueList issues={data?.issues.items ?? []} total={data?.issues.total ?? 0} empty="app.kpi.enterprise.noOpenIssues" />
          </CardContent>
        </Card>
        <Card component="section" aria-label={translate('app.kpi.enterprise.recentRecords')} sx={{ flex: '1 1 100%' }}>
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('app.kpi.enterprise.recentRecords')}
            </Typography>
            {(data?.creditRecords.items.length ?? 0) === 0 ? (
              <EmptyBox message="app.kpi.enterprise.noRecords" />
            ) : (
              <List dense disablePadding>
                {data!.creditRecords.items.map((r) => (
                  <ListItem key={r.id} disableGutters component={Link} to={`/creditRecords/${r.id}/show`} sx={{ color: 'inherit' }}>
                    <ListItemText
                      primary={`${r.effectiveFrom} · ${r.itemCode} ${r.itemLabel ?? ''}`}
                      secondary={`${r.reason} · ${enumLabel(translate, 'CreditRecordStatus', r.status)}`}
                    />
                    <Chip
                      size="small"
                      color={r.points < 0 ? 'error' : 'success'}
                      label={`${translate('app.kpi.enterprise.points')} ${r.points > 0 ? '+' : ''}${r.points}`}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </CardContent>
        </Card>
      </Box>
    </QueryState>
  );
};

const QUEUE = ['overdue', 'dueSoon', 'toVerify', 'complaints'] as const;

/** A department's routed complaints and issues: inbox totals and the open issues by deadline. */
export const DepartmentQueue = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['department-queue'], DEPARTMENT_QUEUE_QUERY);
  return (
    <Card component="section" aria-label={translate('app.kpi.department.queue')} sx={{ mb: 3 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.kpi.department.queue')}
        </Typography>
        <QueryState isPending={isPending} error={error}>
          <Stack direction="row" spacing={3} sx={{ mb: 2, flexWrap: 'wrap' }}>
            {QUEUE.map((key) => (
              <Box key={key}>
                <Typography variant="body2" color="text.secondary">
                  {translate(`app.inbox.sections.${key}`)}
                </Typography>
                <Typography variant="h5" component="p">
                  {data?.inbox[key].total ?? 0}
                </Typography>
              </Box>
            ))}
            <Button component={Link} to="/inbox" variant="outlined" sx={{ alignSelf: 'center' }}>
              {translate('app.menu.inbox')}
            </Button>
          </Stack>
          <Typography variant="subtitle2" component="h3">
            {translate('app.kpi.department.openIssues')}
          </Typography>
          <IssueList issues={data?.issues.items ?? []} total={data?.issues.total ?? 0} empty="app.kpi.department.noOpenIssues" />
        </QueryState>
      </CardContent>
    </Card>
  );
};
