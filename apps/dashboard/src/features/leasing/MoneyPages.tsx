import { Box, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useGql } from '../../common/api';
import { todayInShanghai } from '../../common/dates';
import { QueryState } from '../../common/states';
import type { LeasePaymentKind, RentInstalmentState } from '../../gql/graphql';
import { ARREARS_QUERY, INCOME_QUERY, INSTALMENTS_QUERY } from './operations';
import { PayButton } from './ContractPages';
import { EnumFilter, ExportButton, FilterBar, LeaseTable, LeasingPage, Money, Pager, Section, StateChip, span, usePaging } from './parts';

const DateFilter = ({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      size="small"
      type="date"
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};

/** 收租日历: every instalment by due date, with what is paid and owed; a payment recorded against an open one. */
export const CalendarPage = () => {
  const translate = useTranslate();
  const paging = usePaging();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState('OPEN');
  const [overdue, setOverdue] = useState(false);
  const filter = { dueFrom: from || null, dueTo: to || null, state: (state || null) as RentInstalmentState | null, overdue: overdue || null };
  const { data, isPending, error } = useGql(['rentInstalments', filter, paging.variables], INSTALMENTS_QUERY, { filter, ...paging.variables });
  const rows = data?.rentInstalments.items ?? [];
  const reset = () => paging.setPage(0);
  return (
    <LeasingPage title="app.leasing.calendar.title" hint="app.leasing.calendar.hint">
      <Section title="app.leasing.calendar.list">
        <FilterBar alignItems="center">
          <DateFilter label="app.leasing.calendar.dueFrom" value={from} onChange={(v) => (setFrom(v), reset())} />
          <DateFilter label="app.leasing.calendar.dueTo" value={to} onChange={(v) => (setTo(v), reset())} />
          <EnumFilter
            label="app.leasing.common.filterState"
            enumName="RentInstalmentState"
            values={['OPEN', 'PAID', 'CANCELLED']}
            value={state}
            onChange={(v) => (setState(v), reset())}
          />
          <FormControlLabel
            control={<Switch checked={overdue} onChange={(e) => (setOverdue(e.target.checked), reset())} />}
            label={translate('app.leasing.calendar.overdueOnly')}
          />
        </FilterBar>
        <QueryState isPending={isPending} error={error}>
          <LeaseTable
            label="app.leasing.calendar.list"
            rows={rows}
            rowKey={(i) => i.id}
            columns={(col) => [
              { label: 'app.leasing.contracts.dueDate', cell: (i) => i.dueDate },
              col.contractNo((i) => i.contract),
              { label: 'app.leasing.contracts.tenant', cell: (i) => i.contract.tenantName },
              { label: 'app.leasing.units.label', cell: (i) => i.contract.unit.label },
              {
                label: 'app.leasing.contracts.period',
                cell: (i) => (
                  <>
                    {translate('app.leasing.contracts.seqOf', { seq: i.seq })} {span(i.periodStart, i.periodEnd)}
                  </>
                ),
              },
              col.money('app.leasing.contracts.amount', (i) => i.amountFen),
              col.money('app.leasing.contracts.paid', (i) => i.paidFen),
              col.money('app.leasing.contracts.owed', (i) => i.owedFen),
              col.instalmentState(),
              { cell: (i) => i.state === 'OPEN' && i.owedFen > 0 && <PayButton instalment={i} /> },
            ]}
          />
          <Pager total={data?.rentInstalments.total ?? 0} paging={paging} />
        </QueryState>
      </Section>
    </LeasingPage>
  );
};

/** 欠租与租金台账: arrears with their ageing and the rent roll on a date, each downloadable as Excel. */
export const ArrearsPage = () => {
  const translate = useTranslate();
  const [asOf, setAsOf] = useState(todayInShanghai());
  const { data, isPending, error } = useGql(['leaseArrears', asOf], ARREARS_QUERY, { asOf: asOf || null });
  const report = data?.leaseArrears;
  const roll = data?.rentRoll ?? [];
  const date = report?.asOf ?? asOf;
  return (
    <LeasingPage
      title="app.leasing.arrears.title"
      hint="app.leasing.arrears.hint"
      actions={<DateFilter label="app.leasing.arrears.asOf" value={asOf} onChange={setAsOf} />}
    >
      <QueryState isPending={isPending} error={error}>
        {report && (
          <>
            <Section
              title="app.leasing.arrears.ageing"
              actions={
                <>
                  <ExportButton list="lease-arrears" format="xlsx" asOf={date} label="app.leasing.arrears.exportArrears" />
                </>
              }
            >
              <Stack direction="row" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
                <Box>
                  <Typography variant="caption" color="text.secondary">
                    {translate('app.leasing.arrears.overdueTotal')}
                  </Typography>
                  <Typography variant="h6">
                    <Money fen={report.total.overdueFen} />
                  </Typography>
                </Box>
                {report.total.bucketLabels.map((label, k) => (
                  <Box key={label}>
                    <Typography variant="caption" color="text.secondary">
                      {label}
                    </Typography>
                    <Typography variant="h6">
                      <Money fen={report.total.bucketsFen[k]} />
                    </Typography>
                  </Box>
                ))}
                <Box>
                  <Typography variant="caption" color="text.secondary">
                    {translate('app.leasing.arrears.notDue')}
                  </Typography>
                  <Typography variant="h6">
                    <Money fen={report.total.notDueFen} />
                  </Typography>
                </Box>
              </Stack>
              <LeaseTable
                label="app.leasing.arrears.ageing"
                rows={report.rows}
                rowKey={(r) => r.contractId}
                empty="app.leasing.arrears.none"
                columns={(col) => [
                  col.contractNo((r) => ({ id: r.contractId, contractNo: r.contractNo })),
                  { label: 'app.leasing.contracts.tenant', cell: (r) => r.tenantName },
                  { label: 'app.leasing.units.label', cell: (r) => r.unit.label },
                  { label: 'app.leasing.arrears.oldestDue', cell: (r) => r.oldestDueDate },
                  { label: 'app.leasing.arrears.daysPastDue', align: 'right', cell: (r) => r.daysPastDue },
                  ...report.total.bucketLabels.map((title, k) => col.money({ title }, (r) => r.ageing.bucketsFen[k] ?? 0, true)),
                  col.money('app.leasing.contracts.overdue', (r) => r.overdueFen),
                  { label: 'app.leasing.common.state', cell: (r) => <StateChip enumName="LeaseContractState" state={r.state} /> },
                ]}
              />
            </Section>
            <Section
              title="app.leasing.arrears.rentRoll"
              actions={<ExportButton list="rent-roll" format="xlsx" asOf={date} label="app.leasing.arrears.exportRoll" />}
            >
              <LeaseTable
                label="app.leasing.arrears.rentRoll"
                rows={roll}
                rowKey={(r) => r.contractId}
                columns={(col) => [
                  col.contractNo((r) => ({ id: r.contractId, contractNo: r.contractNo })),
                  { label: 'app.leasing.contracts.tenant', cell: (r) => r.tenantName },
                  { label: 'app.leasing.units.label', cell: (r) => r.unit.label },
                  { label: 'app.leasing.tenders.trade', cell: (r) => translate(`enums.LeaseTrade.${r.trade}`) },
                  { label: 'app.leasing.contracts.term', cell: (r) => span(r.startDate, r.endDate) },
                  col.money('app.leasing.contracts.annualRent', (r) => r.annualRentFen),
                  col.money('app.leasing.contracts.depositHeld', (r) => r.depositHeldFen),
                  col.money('app.leasing.arrears.dueToDate', (r) => r.dueFen),
                  col.money('app.leasing.contracts.paid', (r) => r.paidFen),
                  col.money('app.leasing.contracts.overdue', (r) => r.ageing.overdueFen, true),
                  { label: 'app.leasing.arrears.nextDue', cell: (r) => r.nextDueDate ?? '—' },
                ]}
              />
            </Section>
          </>
        )}
      </QueryState>
    </LeasingPage>
  );
};

/** 租金收入: rent income with the tax due on it, by date and source. */
export const IncomePage = () => {
  const translate = useTranslate();
  const paging = usePaging();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [source, setSource] = useState('');
  const filter = { from: from || null, to: to || null, source: (source || null) as LeasePaymentKind | null };
  const { data, isPending, error } = useGql(['leaseIncomes', filter, paging.variables], INCOME_QUERY, { filter, ...paging.variables });
  const rows = data?.leaseIncomes.items ?? [];
  const reset = () => paging.setPage(0);
  return (
    <LeasingPage title="app.leasing.income.title" hint="app.leasing.income.hint">
      <Section title="app.leasing.income.list">
        <FilterBar>
          <DateFilter label="app.leasing.income.from" value={from} onChange={(v) => (setFrom(v), reset())} />
          <DateFilter label="app.leasing.income.to" value={to} onChange={(v) => (setTo(v), reset())} />
          <EnumFilter
            label="app.leasing.income.source"
            enumName="LeasePaymentKind"
            values={['RENT', 'DEPOSIT_APPLIED', 'RENT_REFUND']}
            value={source}
            onChange={(v) => (setSource(v), reset())}
          />
        </FilterBar>
        <QueryState isPending={isPending} error={error}>
          <LeaseTable
            label="app.leasing.income.list"
            rows={rows}
            rowKey={(r) => r.id}
            columns={(col) => [
              { label: 'app.leasing.income.receivedOn', cell: (r) => r.receivedOn },
              { label: 'app.leasing.income.source', cell: (r) => translate(`enums.LeasePaymentKind.${r.source}`) },
              { label: 'app.leasing.contracts.receiptNo', cell: (r) => r.payment?.receiptNo ?? '—' },
              col.money('app.leasing.contracts.amount', (r) => r.amountFen),
              { label: 'app.leasing.income.taxRate', align: 'right', cell: (r) => `${(r.taxRateBp / 100).toFixed(2)}%` },
              col.money('app.leasing.income.tax', (r) => r.taxFen),
            ]}
          />
          <Pager total={data?.leaseIncomes.total ?? 0} paging={paging} />
        </QueryState>
      </Section>
    </LeasingPage>
  );
};
