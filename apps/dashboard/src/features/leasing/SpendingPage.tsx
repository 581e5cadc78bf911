import AddIcon from '@mui/icons-material/Add';
import { Badge, Box, Stack, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { ActionDialogButton } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { formatDateTime } from '../../common/dates';
import { OfferedAction } from '../../common/OfferedAction';
import { EmptyBox, QueryState } from '../../common/states';
import type { SpendingRequestFieldsFragment, SpendingState } from '../../gql/graphql';
import { yuanToFen } from './logic';
import { REJECT_SPENDING_STEP, REQUEST_SPENDING, SIGN_SPENDING_STEP, SPENDING_QUERY } from './operations';
import { EnumFilter, LeasingPage, Money, Pager, Section, StateChip, usePaging, useReload } from './parts';

/** The pending step's action (SIGN, REVIEW or APPROVE) and REJECT, each as the server offers it to the caller. */
const StepActions = ({ request }: { request: SpendingRequestFieldsFragment }) => {
  const run = useRunAction();
  const reload = useReload();
  const step = request.availableActions.find((a) => a.action !== 'REJECT');
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      {step && (
        <OfferedAction actions={request.availableActions} action={step.action} label={`enums.SpendingAction.${step.action}`}>
          <ActionDialogButton
            label={`enums.SpendingAction.${step.action}`}
            variant="contained"
            fields={[{ name: 'note', label: 'app.leasing.spending.note', kind: 'multiline' }]}
            onSubmit={async (v) => {
              await run(
                SIGN_SPENDING_STEP,
                { requestId: request.id, note: v.note ? String(v.note) : null },
                'signSpendingStep',
                'app.leasing.spending.stepDone',
              );
              await reload();
            }}
          />
        </OfferedAction>
      )}
      <OfferedAction actions={request.availableActions} action="REJECT" label="enums.SpendingAction.REJECT">
        <ActionDialogButton
          label="enums.SpendingAction.REJECT"
          color="error"
          fields={[{ name: 'reason', label: 'app.leasing.spending.reason', kind: 'multiline', required: true }]}
          onSubmit={async (v) => {
            await run(REJECT_SPENDING_STEP, { requestId: request.id, reason: String(v.reason ?? '') }, 'rejectSpendingStep', 'app.leasing.spending.rejected');
            await reload();
          }}
        />
      </OfferedAction>
    </Stack>
  );
};

const RequestTable = ({ requests, label }: { requests: readonly SpendingRequestFieldsFragment[]; label: string }) => {
  const translate = useTranslate();
  if (requests.length === 0) return <EmptyBox />;
  return (
    <Table size="small" aria-label={translate(label)}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.leasing.spending.requestTitle')}</TableCell>
          <TableCell align="right">{translate('app.leasing.spending.amount')}</TableCell>
          <TableCell>{translate('app.leasing.common.state')}</TableCell>
          <TableCell>{translate('app.leasing.spending.steps')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {requests.map((r) => (
          <TableRow key={r.id}>
            <TableCell>
              {r.title}
              <Typography variant="caption" display="block" color="text.secondary">
                {r.purpose}
              </Typography>
              <Typography variant="caption" display="block" color="text.secondary">
                {formatDateTime(r.createdAt)}
              </Typography>
            </TableCell>
            <TableCell align="right">
              <Money fen={r.amountFen} />
            </TableCell>
            <TableCell>
              <StateChip enumName="SpendingState" state={r.state} />
              {r.rejectionReason && (
                <Typography variant="caption" display="block" color="error">
                  {translate('app.leasing.spending.reason')}：{r.rejectionReason}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              {r.steps.length === 0
                ? '—'
                : r.steps.map((s) => (
                    <Typography key={s.id} variant="caption" display="block">
                      {translate(`enums.ApprovalStep.${s.step}`)} · {s.userName} · {formatDateTime(s.at)} ·{' '}
                      {translate(`app.leasing.spending.decision.${s.decision}`, { _: s.decision })}
                      {s.note ? `：${s.note}` : ''}
                    </Typography>
                  ))}
            </TableCell>
            <TableCell>
              <StepActions request={r} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 支出审批: spending requests, signed by the clerk, reviewed by the deputy head and approved by the head. */
export const SpendingPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'lease:manage');
  const run = useRunAction();
  const reload = useReload();
  const paging = usePaging();
  const [tab, setTab] = useState<'inbox' | 'all'>('inbox');
  const [state, setState] = useState('');
  const filter = { state: (state || null) as SpendingState | null };
  const { data, isPending, error } = useGql(['spending', filter, paging.variables], SPENDING_QUERY, { filter, ...paging.variables });
  const inbox = data?.approvalsInbox ?? [];
  return (
    <LeasingPage
      title="app.leasing.spending.title"
      hint="app.leasing.spending.hint"
      actions={
        manage && (
          <ActionDialogButton
            label="app.leasing.spending.create"
            icon={<AddIcon />}
            variant="contained"
            fields={[
              { name: 'title', label: 'app.leasing.spending.requestTitle', required: true },
              { name: 'purpose', label: 'app.leasing.spending.purpose', kind: 'multiline', required: true },
              { name: 'amount', label: 'app.leasing.spending.amount', required: true, helperText: 'app.leasing.common.yuanHint' },
            ]}
            onSubmit={async (v) => {
              await run(
                REQUEST_SPENDING,
                { input: { title: String(v.title ?? ''), purpose: String(v.purpose ?? ''), amountFen: yuanToFen(String(v.amount ?? '')) ?? -1 } },
                'requestSpending',
                'app.leasing.spending.created',
              );
              await reload();
            }}
          />
        )
      }
    >
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 2 }}>
        <Tab
          value="inbox"
          label={
            <Badge color="error" badgeContent={inbox.length} sx={{ pr: 1.5 }}>
              {translate('app.leasing.spending.inbox')}
            </Badge>
          }
        />
        <Tab value="all" label={translate('app.leasing.spending.all')} />
      </Tabs>
      <QueryState isPending={isPending} error={error}>
        {tab === 'inbox' ? (
          <Section title="app.leasing.spending.inbox" nowrap={false}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('app.leasing.spending.inboxHint')}
            </Typography>
            <RequestTable requests={inbox} label="app.leasing.spending.inbox" />
          </Section>
        ) : (
          <Section title="app.leasing.spending.all" nowrap={false}>
            <Box sx={{ mb: 1 }}>
              <EnumFilter
                label="app.leasing.common.filterState"
                enumName="SpendingState"
                values={['AWAITING_SIGN', 'AWAITING_REVIEW', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED']}
                value={state}
                onChange={(v) => {
                  setState(v);
                  paging.setPage(0);
                }}
              />
            </Box>
            <RequestTable requests={data?.spendingRequests.items ?? []} label="app.leasing.spending.all" />
            <Pager total={data?.spendingRequests.total ?? 0} paging={paging} />
          </Section>
        )}
      </QueryState>
    </LeasingPage>
  );
};
