import { Box, FormControlLabel, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useGql } from '../../common/api';
import { todayInShanghai } from '../../common/dates';
import { EmptyBox, QueryState } from '../../common/states';
import type { LeasePaymentKind, RentInstalmentState } from '../../gql/graphql';
import { ARREARS_QUERY, INCOME_QUERY, INSTALMENTS_QUERY } from './operations';
import { PayButton } from './ContractPages';
import { EnumFilter, ExportButton, LeasingPage, Money, Pager, Section, StateChip, To, usePaging } from './parts';

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
        <Stack direction="row" spacing={2} sx={{ mb: 1 }} flexWrap="wrap" useFlexGap alignItems="center">
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
        </Stack>
        <QueryState isPending={isPending} error={error}>
          {rows.length === 0 ? (
            <EmptyBox />
          ) : (
            <Table size="small" aria-label={translate('app.leasing.calendar.list')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.leasing.contracts.dueDate')}</TableCell>
                  <TableCell>{translate('app.leasing.contracts.contractNo')}</TableCell>
                  <TableCell>{translate('app.leasing.contracts.tenant')}</TableCell>
                  <TableCell>{translate('app.leasing.units.label')}</TableCell>
                  <TableCell>{translate('app.leasing.contracts.period')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.contracts.amount')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.contracts.paid')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.contracts.owed')}</TableCell>
                  <TableCell>{translate('app.leasing.common.state')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>{i.dueDate}</TableCell>
                    <TableCell>
                      <To to={`/leasing/contracts/${i.contract.id}`}>{i.contract.contractNo}</To>
                    </TableCell>
                    <TableCell>{i.contract.tenantName}</TableCell>
                    <TableCell>{i.contract.unit.label}</TableCell>
                    <TableCell>
                      {translate('app.leasing.contracts.seqOf', { seq: i.seq })} {i.periodStart} – {i.periodEnd}
                    </TableCell>
                    <TableCell align="right">
                      <Money fen={i.amountFen} />
                    </TableCell>
                    <TableCell align="right">
                      <Money fen={i.paidFen} />
                    </TableCell>
                    <TableCell align="right">
                      <Money fen={i.owedFen} />
                    </TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={0.5}>
                        <StateChip enumName="RentInstalmentState" state={i.state} />
                        {i.overdue && <StateChip enumName="RentInstalmentOverdue" state="OVERDUE" />}
                      </Stack>
                    </TableCell>
                    <TableCell>{i.state === 'OPEN' && i.owedFen > 0 && <PayButton instalment={i} />}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
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
              {report.rows.length === 0 ? (
                <EmptyBox message="app.leasing.arrears.none" />
              ) : (
                <Table size="small" aria-label={translate('app.leasing.arrears.ageing')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('app.leasing.contracts.contractNo')}</TableCell>
                      <TableCell>{translate('app.leasing.contracts.tenant')}</TableCell>
                      <TableCell>{translate('app.leasing.units.label')}</TableCell>
                      <TableCell>{translate('app.leasing.arrears.oldestDue')}</TableCell>
                      <TableCell align="right">{translate('app.leasing.arrears.daysPastDue')}</TableCell>
                      {report.total.bucketLabels.map((l) => (
                        <TableCell key={l} align="right">
                          {l}
                        </TableCell>
                      ))}
                      <TableCell align="right">{translate('app.leasing.contracts.overdue')}</TableCell>
                      <TableCell>{translate('app.leasing.common.state')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {report.rows.map((r) => (
                      <TableRow key={r.contractId}>
                        <TableCell>
                          <To to={`/leasing/contracts/${r.contractId}`}>{r.contractNo}</To>
                        </TableCell>
                        <TableCell>{r.tenantName}</TableCell>
                        <TableCell>{r.unit.label}</TableCell>
                        <TableCell>{r.oldestDueDate}</TableCell>
                        <TableCell align="right">{r.daysPastDue}</TableCell>
                        {r.ageing.bucketsFen.map((fen, k) => (
                          <TableCell key={k} align="right">
                            {fen > 0 ? <Money fen={fen} /> : '—'}
                          </TableCell>
                        ))}
                        <TableCell align="right">
                          <Money fen={r.overdueFen} />
                        </TableCell>
                        <TableCell>
                          <StateChip enumName="LeaseContractState" state={r.state} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Section>
            <Section
              title="app.leasing.arrears.rentRoll"
              actions={<ExportButton list="rent-roll" format="xlsx" asOf={date} label="app.leasing.arrears.exportRoll" />}
            >
              {roll.length === 0 ? (
                <EmptyBox />
              ) : (
                <Table size="small" aria-label={translate('app.leasing.arrears.rentRoll')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('app.leasing.contracts.contractNo')}</TableCell>
                      <TableCell>{translate('app.leasing.contracts.tenant')}</TableCell>
                      <TableCell>{translate('app.leasing.units.label')}</TableCell>
                      <TableCell>{translate('app.leasing.tenders.trade')}</TableCell>
                      <TableCell>{translate('app.leasing.contracts.term')}</TableCell>
                      <TableCell align="right">{translate('app.leasing.contracts.annualRent')}</TableCell>
                      <TableCell align="right">{translate('app.leasing.contracts.depositHeld')}</TableCell>
                      <TableCell align="right">{translate('app.leasing.arrears.dueToDate')}</TableCell>
                      <TableCell align="right">{translate('app.leasing.contracts.paid')}</TableCell>
                      <TableCell align="right">{translate('app.leasing.contracts.overdue')}</TableCell>
                      <TableCell>{translate('app.leasing.arrears.nextDue')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {roll.map((r) => (
                      <TableRow key={r.contractId}>
                        <TableCell>
                          <To to={`/leasing/contracts/${r.contractId}`}>{r.contractNo}</To>
                        </TableCell>
                        <TableCell>{r.tenantName}</TableCell>
                        <TableCell>{r.unit.label}</TableCell>
                        <TableCell>{translate(`enums.LeaseTrade.${r.trade}`)}</TableCell>
                        <TableCell>
                          {r.startDate} – {r.endDate}
                        </TableCell>
                        <TableCell align="right">
                          <Money fen={r.annualRentFen} />
                        </TableCell>
                        <TableCell align="right">
                          <Money fen={r.depositHeldFen} />
                        </TableCell>
                        <TableCell align="right">
                          <Money fen={r.dueFen} />
                        </TableCell>
                        <TableCell align="right">
                          <Money fen={r.paidFen} />
                        </TableCell>
                        <TableCell align="right">{r.ageing.overdueFen > 0 ? <Money fen={r.ageing.overdueFen} /> : '—'}</TableCell>
                        <TableCell>{r.nextDueDate ?? '—'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
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
        <Stack direction="row" spacing={2} sx={{ mb: 1 }} flexWrap="wrap" useFlexGap>
          <DateFilter label="app.leasing.income.from" value={from} onChange={(v) => (setFrom(v), reset())} />
          <DateFilter label="app.leasing.income.to" value={to} onChange={(v) => (setTo(v), reset())} />
          <EnumFilter
            label="app.leasing.income.source"
            enumName="LeasePaymentKind"
            values={['RENT', 'DEPOSIT_APPLIED', 'RENT_REFUND']}
            value={source}
            onChange={(v) => (setSource(v), reset())}
          />
        </Stack>
        <QueryState isPending={isPending} error={error}>
          {rows.length === 0 ? (
            <EmptyBox />
          ) : (
            <Table size="small" aria-label={translate('app.leasing.income.list')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.leasing.income.receivedOn')}</TableCell>
                  <TableCell>{translate('app.leasing.income.source')}</TableCell>
                  <TableCell>{translate('app.leasing.contracts.receiptNo')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.contracts.amount')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.income.taxRate')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.income.tax')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{r.receivedOn}</TableCell>
                    <TableCell>{translate(`enums.LeasePaymentKind.${r.source}`)}</TableCell>
                    <TableCell>{r.payment?.receiptNo ?? '—'}</TableCell>
                    <TableCell align="right">
                      <Money fen={r.amountFen} />
                    </TableCell>
                    <TableCell align="right">{(r.taxRateBp / 100).toFixed(2)}%</TableCell>
                    <TableCell align="right">
                      <Money fen={r.taxFen} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Pager total={data?.leaseIncomes.total ?? 0} paging={paging} />
        </QueryState>
      </Section>
    </LeasingPage>
  );
};
