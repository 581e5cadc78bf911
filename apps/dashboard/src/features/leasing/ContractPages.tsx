import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Card, GlobalStyles, Button as MuiButton, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { ActionDialogButton } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { todayInShanghai } from '../../common/dates';
import { OfferedAction } from '../../common/OfferedAction';
import { EmptyBox, QueryState } from '../../common/states';
import type { LeaseConsentKind, LeaseContractQuery, LeaseContractState } from '../../gql/graphql';
import { fenText, termEnd, yuanToFen } from './logic';
import {
  CONFIRM_TERMINATION,
  CONTRACTS_QUERY,
  CONTRACT_QUERY,
  PAY_RENT,
  RECEIPT_QUERY,
  RECORD_CONSENT,
  RENEW_CONTRACT,
  TERMINATE_FOR_POLICY,
} from './operations';
import {
  EnumFilter,
  enumChoices,
  FilterBar,
  Field,
  Fields,
  LeaseTable,
  LeasingPage,
  Money,
  Pager,
  Section,
  SearchFilter,
  StateChip,
  To,
  span,
  usePaging,
  useReload,
} from './parts';

type Contract = NonNullable<LeaseContractQuery['leaseContract']>;
type Instalment = Contract['instalments'][number];

/** 租赁合同: the agency's contracts, filtered and paged. */
export const ContractsPage = () => {
  const translate = useTranslate();
  const paging = usePaging();
  const [state, setState] = useState('');
  const [q, setQ] = useState('');
  const filter = { state: (state || null) as LeaseContractState | null, q: q.trim() || null };
  const { data, isPending, error } = useGql(['leaseContracts', filter, paging.variables], CONTRACTS_QUERY, { filter, ...paging.variables });
  const contracts = data?.leaseContracts.items ?? [];
  return (
    <LeasingPage title="app.leasing.contracts.title" hint="app.leasing.contracts.hint">
      <Section title="app.leasing.contracts.list">
        <FilterBar>
          <EnumFilter
            label="app.leasing.common.filterState"
            enumName="LeaseContractState"
            values={['ACTIVE', 'FLAGGED', 'RENEWED', 'ENDED', 'TERMINATED']}
            value={state}
            onChange={(v) => (setState(v), paging.setPage(0))}
          />
          <SearchFilter label="app.leasing.contracts.search" value={q} onChange={(v) => (setQ(v), paging.setPage(0))} />
        </FilterBar>
        <QueryState isPending={isPending} error={error}>
          <LeaseTable
            label="app.leasing.contracts.list"
            rows={contracts}
            rowKey={(c) => c.id}
            columns={(col) => [
              col.contractNo((c) => c),
              { label: 'app.leasing.contracts.tenant', cell: (c) => c.tenantName },
              { label: 'app.leasing.units.label', cell: (c) => c.unit.label },
              { label: 'app.leasing.tenders.trade', cell: (c) => translate(`enums.LeaseTrade.${c.trade}`) },
              col.money('app.leasing.contracts.annualRent', (c) => c.annualRentFen),
              { label: 'app.leasing.contracts.term', cell: (c) => span(c.startDate, c.endDate) },
              col.money('app.leasing.contracts.overdue', (c) => c.overdueFen, true),
              { label: 'app.leasing.common.state', cell: (c) => <StateChip enumName="LeaseContractState" state={c.state} /> },
            ]}
          />
          <Pager total={data?.leaseContracts.total ?? 0} paging={paging} />
        </QueryState>
      </Section>
    </LeasingPage>
  );
};

/** The instalments of a contract (or of the calendar) as a table; `pay` renders the payment button of an open one. */
export const InstalmentTable = ({ instalments, pay }: { instalments: readonly Instalment[]; pay?: (i: Instalment) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <LeaseTable
      label="app.leasing.contracts.instalments"
      rows={instalments}
      rowKey={(i) => i.id}
      empty={false}
      columns={(col) => [
        { label: 'app.leasing.contracts.seq', cell: (i) => translate('app.leasing.contracts.seqOf', { seq: i.seq }) },
        { label: 'app.leasing.contracts.period', cell: (i) => span(i.periodStart, i.periodEnd) },
        { label: 'app.leasing.contracts.dueDate', cell: (i) => i.dueDate },
        col.money('app.leasing.contracts.amount', (i) => i.amountFen),
        col.money('app.leasing.contracts.paid', (i) => i.paidFen),
        col.money('app.leasing.contracts.owed', (i) => i.owedFen),
        col.instalmentState(),
        pay && { cell: (i) => i.state === 'OPEN' && pay(i) },
      ]}
    />
  );
};

/** 收款: a payment against one instalment, at most what is still owed (the server refuses more, naming the amount). */
export const PayButton = ({
  instalment,
  label = 'app.leasing.contracts.pay',
}: {
  instalment: { id: string; owedFen: number; dueDate: string };
  label?: string;
}) => {
  const translate = useTranslate();
  const run = useRunAction();
  const reload = useReload();
  return (
    <ActionDialogButton
      label={label}
      title={translate('app.leasing.contracts.payOf', { due: instalment.dueDate, owed: fenText(instalment.owedFen) })}
      fields={[
        {
          name: 'amount',
          label: 'app.leasing.contracts.amountYuan',
          required: true,
          defaultValue: (instalment.owedFen / 100).toFixed(2),
          helperText: 'app.leasing.common.yuanHint',
        },
        { name: 'paidOn', label: 'app.leasing.contracts.paidOn', kind: 'date', required: true, defaultValue: todayInShanghai() },
      ]}
      onSubmit={async (v) => {
        await run(
          PAY_RENT,
          { input: { instalmentId: instalment.id, amountFen: yuanToFen(String(v.amount ?? '')) ?? -1, paidOn: String(v.paidOn ?? '') } },
          'recordRentPayment',
          'app.leasing.contracts.paidDone',
        );
        await reload();
      }}
    />
  );
};

const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** One contract: its terms, deposit, instalments and receipts; what may be done next, as the server offers it. */
export const ContractPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const run = useRunAction();
  const reload = useReload();
  const { data, isPending, error } = useGql(['leaseContract', id], CONTRACT_QUERY, { id });
  const c = data?.leaseContract;
  const pay = c?.availableActions.find((a) => a.action === 'PAY');
  return (
    <LeasingPage title="app.leasing.contracts.title">
      <QueryState isPending={isPending} error={error}>
        {!c ? (
          <EmptyBox message="app.leasing.common.notFound" />
        ) : (
          <>
            {c.state === 'FLAGGED' && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {translate('app.leasing.contracts.flaggedHint', { date: c.flaggedOn ?? '', overdue: fenText(c.overdueFen) })}
              </Alert>
            )}
            <Section
              title={translate('app.leasing.contracts.of', { no: c.contractNo, tenant: c.tenantName })}
              actions={
                <>
                  <OfferedAction actions={c.availableActions} action="RENEW" label="app.leasing.contracts.renew">
                    <ActionDialogButton
                      label="app.leasing.contracts.renew"
                      fields={[
                        {
                          name: 'rent',
                          label: 'app.leasing.contracts.renewRent',
                          required: true,
                          defaultValue: (c.annualRentFen / 100).toFixed(2),
                          helperText: 'app.leasing.contracts.renewHint',
                        },
                        {
                          name: 'endDate',
                          label: 'app.leasing.contracts.endDate',
                          kind: 'date',
                          required: true,
                          defaultValue: termEnd(dayAfter(c.endDate), c.months),
                        },
                      ]}
                      onSubmit={async (v) => {
                        await run(
                          RENEW_CONTRACT,
                          { input: { contractId: c.id, annualRentFen: yuanToFen(String(v.rent ?? '')) ?? -1, endDate: String(v.endDate ?? '') } },
                          'renewLeaseContract',
                          'app.leasing.contracts.renewed',
                        );
                        await reload();
                      }}
                    />
                  </OfferedAction>
                  <OfferedAction actions={c.availableActions} action="TERMINATE_FOR_POLICY" label="app.leasing.contracts.terminateForPolicy">
                    <ActionDialogButton
                      label="app.leasing.contracts.terminateForPolicy"
                      color="warning"
                      fields={[
                        { name: 'endDate', label: 'app.leasing.contracts.terminateOn', kind: 'date', required: true, defaultValue: todayInShanghai() },
                        {
                          name: 'reason',
                          label: 'app.leasing.contracts.policyReason',
                          kind: 'multiline',
                          required: true,
                          helperText: 'app.leasing.contracts.policyHint',
                        },
                      ]}
                      onSubmit={async (v) => {
                        await run(
                          TERMINATE_FOR_POLICY,
                          { input: { contractId: c.id, endDate: String(v.endDate ?? ''), reason: String(v.reason ?? '') } },
                          'terminateLeaseForPolicy',
                          'app.leasing.contracts.terminated',
                        );
                        await reload();
                      }}
                    />
                  </OfferedAction>
                  <OfferedAction actions={c.availableActions} action="CONFIRM_TERMINATION" label="app.leasing.contracts.confirmTermination">
                    <ActionDialogButton
                      label="app.leasing.contracts.confirmTermination"
                      color="error"
                      variant="contained"
                      fields={[]}
                      onSubmit={async () => {
                        await run(CONFIRM_TERMINATION, { contractId: c.id }, 'confirmLeaseTermination', 'app.leasing.contracts.terminated');
                        await reload();
                      }}
                    >
                      <Typography variant="body2">
                        {translate('app.leasing.contracts.confirmHint', { overdue: fenText(c.overdueFen), deposit: fenText(c.depositHeldFen) })}
                      </Typography>
                    </ActionDialogButton>
                  </OfferedAction>
                </>
              }
            >
              <Fields>
                <Field label="app.leasing.common.state">
                  <StateChip enumName="LeaseContractState" state={c.state} />
                </Field>
                <Field label="app.leasing.units.label">
                  <To to={`/leasing/units/${c.unit.id}`}>{c.unit.label}</To>
                </Field>
                <Field label="app.leasing.tenders.trade">{translate(`enums.LeaseTrade.${c.trade}`)}</Field>
                <Field label="app.leasing.contracts.term">
                  {c.startDate} – {c.endDate}（{translate('app.leasing.contracts.monthsOf', { months: c.months })}）
                </Field>
                <Field label="app.leasing.contracts.signedOn">{c.signedOn}</Field>
                <Field label="app.leasing.contracts.tenantContact">{c.tenantContact}</Field>
                <Field label="app.leasing.contracts.annualRent">
                  <Money fen={c.annualRentFen} />
                </Field>
                <Field label="app.leasing.contracts.deposit">
                  <Money fen={c.depositFen} />
                </Field>
                <Field label="app.leasing.contracts.depositHeld">
                  <Money fen={c.depositHeldFen} />
                </Field>
                <Field label="app.leasing.contracts.owed">
                  <Money fen={c.owedFen} />
                </Field>
                <Field label="app.leasing.contracts.overdue">
                  <Money fen={c.overdueFen} />
                </Field>
                {c.previousId && (
                  <Field label="app.leasing.contracts.previous">
                    <To to={`/leasing/contracts/${c.previousId}`}>{translate('app.leasing.contracts.open')}</To>
                  </Field>
                )}
                {c.renewedById && (
                  <Field label="app.leasing.contracts.renewedBy">
                    <To to={`/leasing/contracts/${c.renewedById}`}>{translate('app.leasing.contracts.open')}</To>
                  </Field>
                )}
                {c.terminatedOn && (
                  <Field label="app.leasing.contracts.terminatedOn">
                    {c.terminatedOn}（{translate(`enums.LeaseTerminationReason.${c.terminationReason}`, { _: c.terminationReason ?? '' })}）
                    {c.terminationNote ? `：${c.terminationNote}` : ''}
                  </Field>
                )}
              </Fields>
            </Section>
            <Section
              title="app.leasing.contracts.instalments"
              actions={
                pay && !pay.available ? (
                  <Typography variant="caption" color="text.secondary">
                    {translate('app.leasing.contracts.pay')}：{pay.reason}
                  </Typography>
                ) : undefined
              }
            >
              <InstalmentTable instalments={c.instalments} pay={pay?.available ? (i) => <PayButton instalment={i} /> : undefined} />
            </Section>
            <Section title="app.leasing.contracts.payments">
              <LeaseTable
                label="app.leasing.contracts.payments"
                rows={c.payments}
                rowKey={(p) => p.id}
                columns={(col) => [
                  { label: 'app.leasing.contracts.receiptNo', cell: (p) => <To to={`/leasing/contracts/${c.id}/receipts/${p.id}`}>{p.receiptNo}</To> },
                  { label: 'app.leasing.contracts.paidOn', cell: (p) => p.paidOn },
                  { label: 'app.leasing.contracts.kind', cell: (p) => translate(`enums.LeasePaymentKind.${p.kind}`) },
                  col.money('app.leasing.contracts.amount', (p) => p.amountFen),
                ]}
              />
            </Section>
            <Section
              title="app.leasing.contracts.consents"
              actions={
                <OfferedAction actions={c.availableActions} action="RECORD_CONSENT" label="app.leasing.contracts.recordConsent">
                  <ActionDialogButton
                    label="app.leasing.contracts.recordConsent"
                    fields={[
                      {
                        name: 'kind',
                        label: 'app.leasing.contracts.consentKind',
                        kind: 'select',
                        required: true,
                        defaultValue: 'SIGNAGE',
                        choices: enumChoices('LeaseConsentKind', ['ALTERATION', 'SIGNAGE']),
                      },
                      { name: 'description', label: 'app.leasing.contracts.consentDescription', kind: 'multiline', required: true },
                      { name: 'grantedOn', label: 'app.leasing.contracts.consentGrantedOn', kind: 'date', required: true, defaultValue: todayInShanghai() },
                    ]}
                    onSubmit={async (v) => {
                      await run(
                        RECORD_CONSENT,
                        {
                          input: {
                            contractId: c.id,
                            kind: String(v.kind ?? 'SIGNAGE') as LeaseConsentKind,
                            description: String(v.description ?? ''),
                            grantedOn: String(v.grantedOn ?? ''),
                          },
                        },
                        'recordLeaseConsent',
                        'app.leasing.contracts.consentRecorded',
                      );
                      await reload();
                    }}
                  >
                    <Typography variant="body2">{translate('app.leasing.contracts.consentsHint')}</Typography>
                  </ActionDialogButton>
                </OfferedAction>
              }
            >
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('app.leasing.contracts.consentsHint')}
              </Typography>
              <LeaseTable
                label="app.leasing.contracts.consents"
                rows={c.consents}
                rowKey={(x) => x.id}
                columns={() => [
                  { label: 'app.leasing.contracts.consentGrantedOn', cell: (x) => x.grantedOn },
                  { label: 'app.leasing.contracts.consentKind', cell: (x) => translate(`enums.LeaseConsentKind.${x.kind}`) },
                  { label: 'app.leasing.contracts.consentDescription', cell: (x) => x.description },
                  { label: 'app.leasing.contracts.consentApprovedBy', cell: (x) => x.approvedByName },
                ]}
              />
            </Section>
          </>
        )}
      </QueryState>
    </LeasingPage>
  );
};

/**
 * 收据: one receipt (or refund voucher) of a contract laid out for printing — number, date, payer, unit, contract, what
 * it is for and the amount. Printed, it stands alone (no app bar, menu or buttons).
 */
export const ReceiptPage = () => {
  const { id = '', paymentId = '' } = useParams();
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['leaseReceipt', id], RECEIPT_QUERY, { id });
  const c = data?.leaseContract;
  const p = c?.payments.find((x) => x.id === paymentId);
  const instalment = p?.instalmentId ? c?.instalments.find((i) => i.id === p.instalmentId) : undefined;
  const line = (label: string, value: ReactNode) => (
    <Typography variant="body1">
      {translate(label)}：{value}
    </Typography>
  );
  return (
    <LeasingPage
      title="app.leasing.receipt.title"
      actions={
        <MuiButton size="small" variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.leasing.statement.print')}
        </MuiButton>
      }
    >
      <GlobalStyles styles={{ '@media print': { '.MuiAppBar-root, .RaSidebar-root, .MuiButton-root': { display: 'none !important' } } }} />
      <QueryState isPending={isPending} error={error}>
        {!c || !p ? (
          <EmptyBox message="app.leasing.common.notFound" />
        ) : (
          <Card sx={{ p: 4, maxWidth: 640, mx: 'auto', '@media print': { boxShadow: 'none' } }}>
            <Typography variant="h5" component="h1" align="center" gutterBottom>
              {translate(p.amountFen < 0 ? 'app.leasing.receipt.refundHeading' : 'app.leasing.receipt.heading')}
            </Typography>
            <Typography variant="body2" align="center" color="text.secondary" gutterBottom>
              {data?.me?.agencyName ?? ''}
            </Typography>
            <Box sx={{ my: 2, display: 'grid', gap: 0.5 }}>
              {line('app.leasing.contracts.receiptNo', p.receiptNo)}
              {line('app.leasing.contracts.paidOn', p.paidOn)}
              {line(p.amountFen < 0 ? 'app.leasing.receipt.payee' : 'app.leasing.receipt.payer', c.tenantName)}
              {line('app.leasing.units.label', `${c.unit.label}（${translate('app.leasing.contracts.contractNo')} ${c.contractNo}）`)}
              {line(
                'app.leasing.contracts.kind',
                `${translate(`enums.LeasePaymentKind.${p.kind}`)}${
                  instalment ? translate('app.leasing.receipt.instalment', { seq: instalment.seq, from: instalment.periodStart, to: instalment.periodEnd }) : ''
                }`,
              )}
            </Box>
            <Typography variant="h6" align="right">
              {translate('app.leasing.contracts.amount')}：{fenText(Math.abs(p.amountFen))}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 4 }}>
              {translate('app.leasing.receipt.signature')}
            </Typography>
          </Card>
        )}
      </QueryState>
    </LeasingPage>
  );
};
