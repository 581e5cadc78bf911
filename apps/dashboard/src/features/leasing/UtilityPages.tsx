import AddIcon from '@mui/icons-material/Add';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Button as MuiButton, Card, GlobalStyles, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { ActionDialogButton } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { todayInShanghai } from '../../common/dates';
import { OfferedAction } from '../../common/OfferedAction';
import { EmptyBox, QueryState } from '../../common/states';
import type { MeterKind } from '../../gql/graphql';
import { centiText, fenText, previousMonth, readingToCenti, yuanToFen } from './logic';
import { ADD_METER, ISSUE_STATEMENTS, METERS_QUERY, RECORD_READING, RECORD_UTILITY_PAYMENT, STATEMENT_QUERY, UNITS_QUERY } from './operations';
import { LeasingPage, Money, Section, StateChip, To, enumChoices, useReload } from './parts';

/** 水电抄表: master meters and their sub-meters, the month's readings and losses, and the tenants' statements. */
export const MetersPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'lease:manage');
  const run = useRunAction();
  const reload = useReload();
  const today = todayInShanghai();
  const [period, setPeriod] = useState(previousMonth(today));
  const { data, isPending, error } = useGql(['meters', period], METERS_QUERY, { period });
  const units = useGql(['leaseUnits', 'choices'], UNITS_QUERY, { filter: {}, page: 1, perPage: 100 }, { enabled: manage });
  const meters = data?.meters ?? [];
  const losses = new Map((data?.meterLosses ?? []).map((l) => [l.meterId, l]));
  const statements = data?.utilityStatements.items ?? [];
  const masters = meters.filter((m) => m.isMaster);
  return (
    <LeasingPage
      title="app.leasing.meters.title"
      hint="app.leasing.meters.hint"
      actions={
        <>
          <TextField
            size="small"
            type="month"
            label={translate('app.leasing.meters.period')}
            value={period}
            onChange={(e) => e.target.value && setPeriod(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {manage && (
            <ActionDialogButton
              label="app.leasing.meters.add"
              icon={<AddIcon />}
              fields={[
                {
                  name: 'kind',
                  label: 'app.leasing.meters.kind',
                  kind: 'select',
                  required: true,
                  defaultValue: 'ELECTRICITY',
                  choices: enumChoices('MeterKind', ['ELECTRICITY', 'WATER']),
                },
                { name: 'code', label: 'app.leasing.meters.code', required: true },
                { name: 'price', label: 'app.leasing.meters.price', required: true, helperText: 'app.leasing.meters.priceHint' },
                {
                  name: 'masterId',
                  label: 'app.leasing.meters.master',
                  kind: 'select',
                  helperText: 'app.leasing.meters.masterHint',
                  choices: masters.map((m) => ({ id: m.id, name: `${m.code}（${translate(`enums.MeterKind.${m.kind}`)}）` })),
                },
                {
                  name: 'unitId',
                  label: 'app.leasing.meters.unit',
                  kind: 'select',
                  choices: (units.data?.leaseUnits.items ?? []).map((u) => ({ id: u.id, name: u.label })),
                },
              ]}
              onSubmit={async (v) => {
                await run(
                  ADD_METER,
                  {
                    input: {
                      kind: String(v.kind ?? 'ELECTRICITY') as MeterKind,
                      code: String(v.code ?? ''),
                      priceFen: yuanToFen(String(v.price ?? '')) ?? -1,
                      masterId: v.masterId ? String(v.masterId) : null,
                      unitId: v.unitId ? String(v.unitId) : null,
                    },
                  },
                  'addMeter',
                  'app.leasing.meters.added',
                );
                await reload();
              }}
            />
          )}
          {manage && (
            <ActionDialogButton
              label="app.leasing.meters.issue"
              variant="contained"
              fields={[]}
              onSubmit={async () => {
                await run(ISSUE_STATEMENTS, { period }, 'issueUtilityStatements', 'app.leasing.meters.issued');
                await reload();
              }}
            >
              <Typography variant="body2">{translate('app.leasing.meters.issueHint', { period })}</Typography>
            </ActionDialogButton>
          )}
        </>
      }
    >
      <QueryState isPending={isPending} error={error}>
        <Section title="app.leasing.meters.list">
          {meters.length === 0 ? (
            <EmptyBox />
          ) : (
            <Table size="small" aria-label={translate('app.leasing.meters.list')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.leasing.meters.code')}</TableCell>
                  <TableCell>{translate('app.leasing.meters.kind')}</TableCell>
                  <TableCell>{translate('app.leasing.meters.unit')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.meters.price')}</TableCell>
                  <TableCell>{translate('app.leasing.meters.lastReading')}</TableCell>
                  <TableCell>{translate('app.leasing.meters.loss')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {meters.map((m) => {
                  const loss = losses.get(m.id);
                  return (
                    <TableRow key={m.id}>
                      <TableCell sx={{ pl: m.isMaster ? 2 : 5 }}>
                        {m.code}
                        {m.isMaster && (
                          <Typography variant="caption" display="block">
                            {translate('app.leasing.meters.masterMeter')}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>{translate(`enums.MeterKind.${m.kind}`)}</TableCell>
                      <TableCell>{m.unit?.label ?? '—'}</TableCell>
                      <TableCell align="right">{fenText(m.priceFen)}</TableCell>
                      <TableCell>{m.lastReading ? `${m.lastReading.period}：${m.lastReading.value}（${m.lastReading.readOn}）` : '—'}</TableCell>
                      <TableCell>
                        {loss ? (
                          <>
                            {centiText(loss.lossCenti)} · <Money fen={loss.lossFen} /> <StateChip enumName="MeterLossState" state={loss.state} />
                          </>
                        ) : (
                          '—'
                        )}
                      </TableCell>
                      <TableCell>
                        {manage && (
                          <ActionDialogButton
                            label="app.leasing.meters.read"
                            title={translate('app.leasing.meters.readOf', { code: m.code })}
                            fields={[
                              {
                                name: 'period',
                                label: 'app.leasing.meters.period',
                                required: true,
                                defaultValue: period,
                                helperText: 'app.leasing.meters.periodHint',
                              },
                              { name: 'readOn', label: 'app.leasing.meters.readOn', kind: 'date', required: true, defaultValue: today },
                              { name: 'value', label: 'app.leasing.meters.value', required: true, helperText: 'app.leasing.meters.valueHint' },
                            ]}
                            onSubmit={async (v) => {
                              await run(
                                RECORD_READING,
                                {
                                  input: {
                                    meterId: m.id,
                                    period: String(v.period ?? ''),
                                    readOn: String(v.readOn ?? ''),
                                    valueCenti: readingToCenti(String(v.value ?? '')) ?? -1,
                                  },
                                },
                                'recordMeterReading',
                                'app.leasing.meters.recorded',
                              );
                              await reload();
                            }}
                          />
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </Section>
        <Section title="app.leasing.meters.statements">
          {statements.length === 0 ? (
            <EmptyBox message="app.leasing.meters.noStatements" />
          ) : (
            <Table size="small" aria-label={translate('app.leasing.meters.statements')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.leasing.contracts.tenant')}</TableCell>
                  <TableCell>{translate('app.leasing.units.label')}</TableCell>
                  <TableCell>{translate('app.leasing.meters.period')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.meters.usage')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.meters.lossShare')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.meters.total')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {statements.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>{s.contract.tenantName}</TableCell>
                    <TableCell>{s.contract.unit.label}</TableCell>
                    <TableCell>{s.period}</TableCell>
                    <TableCell align="right">
                      <Money fen={s.usageFen} />
                    </TableCell>
                    <TableCell align="right">
                      <Money fen={s.lossShareFen} />
                    </TableCell>
                    <TableCell align="right">
                      <Money fen={s.totalFen} />
                    </TableCell>
                    <TableCell>
                      <To to={`/leasing/statements/${s.id}`}>{translate('app.leasing.meters.openStatement')}</To>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>
      </QueryState>
    </LeasingPage>
  );
};

/** 水电费缴费通知单: one tenant's monthly statement, laid out for printing. */
export const StatementPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const run = useRunAction();
  const reload = useReload();
  const { data, isPending, error } = useGql(['utilityStatement', id], STATEMENT_QUERY, { id });
  const s = data?.utilityStatement;
  return (
    <LeasingPage
      title="app.leasing.statement.title"
      actions={
        <>
          {s && (
            <OfferedAction actions={s.availableActions} action="RECORD_PAYMENT" label="app.leasing.statement.pay">
              <ActionDialogButton
                label="app.leasing.statement.pay"
                variant="contained"
                title={translate('app.leasing.statement.payOf', { period: s.period, owed: fenText(s.owedFen) })}
                fields={[
                  {
                    name: 'amount',
                    label: 'app.leasing.statement.amountYuan',
                    required: true,
                    defaultValue: (s.owedFen / 100).toFixed(2),
                    helperText: 'app.leasing.common.yuanHint',
                  },
                  { name: 'paidOn', label: 'app.leasing.statement.paidOn', kind: 'date', required: true, defaultValue: todayInShanghai() },
                ]}
                onSubmit={async (v) => {
                  await run(
                    RECORD_UTILITY_PAYMENT,
                    { input: { statementId: s.id, amountFen: yuanToFen(String(v.amount ?? '')) ?? -1, paidOn: String(v.paidOn ?? '') } },
                    'recordUtilityPayment',
                    'app.leasing.statement.paidDone',
                  );
                  await reload();
                }}
              />
            </OfferedAction>
          )}
          <MuiButton size="small" variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
            {translate('app.leasing.statement.print')}
          </MuiButton>
        </>
      }
    >
      {/* Printed, the statement stands alone: no app bar, menu or buttons. */}
      <GlobalStyles styles={{ '@media print': { '.MuiAppBar-root, .RaSidebar-root, .MuiButton-root': { display: 'none !important' } } }} />
      <QueryState isPending={isPending} error={error}>
        {!s ? (
          <EmptyBox message="app.leasing.common.notFound" />
        ) : (
          <Card sx={{ p: 4, maxWidth: 800, mx: 'auto', '@media print': { boxShadow: 'none' } }}>
            <Typography variant="h5" component="h1" align="center" gutterBottom>
              {translate('app.leasing.statement.heading', { period: s.period })}
            </Typography>
            <Typography variant="body2" align="center" color="text.secondary" gutterBottom>
              {data?.me?.agencyName ?? ''}
            </Typography>
            <Box sx={{ my: 2 }}>
              <Typography variant="body1">
                {translate('app.leasing.contracts.tenant')}：{s.contract.tenantName}
              </Typography>
              <Typography variant="body1">
                {translate('app.leasing.units.label')}：{s.contract.unit.label}（{translate('app.leasing.contracts.contractNo')} {s.contract.contractNo}）
              </Typography>
              <Typography variant="body1">
                {translate('app.leasing.statement.issuedOn')}：{s.issuedOn}
              </Typography>
            </Box>
            <Table size="small" aria-label={translate('app.leasing.statement.lines')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.leasing.meters.code')}</TableCell>
                  <TableCell>{translate('app.leasing.meters.kind')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.statement.usage')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.meters.price')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.meters.usage')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.meters.lossShare')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {s.lines.map((l) => (
                  <TableRow key={l.meterId}>
                    <TableCell>{l.meter.code}</TableCell>
                    <TableCell>{translate(`enums.MeterKind.${l.kind}`)}</TableCell>
                    <TableCell align="right">{centiText(l.usageCenti)}</TableCell>
                    <TableCell align="right">{fenText(l.priceFen)}</TableCell>
                    <TableCell align="right">
                      <Money fen={l.amountFen} />
                    </TableCell>
                    <TableCell align="right">
                      <Money fen={l.lossShareFen} />
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell colSpan={4}>
                    <strong>{translate('app.leasing.meters.total')}</strong>
                  </TableCell>
                  <TableCell align="right">
                    <Money fen={s.usageFen} />
                  </TableCell>
                  <TableCell align="right">
                    <Money fen={s.lossShareFen} />
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
            <Typography variant="h6" sx={{ mt: 2 }} align="right">
              {translate('app.leasing.statement.amountDue')}：{fenText(s.totalFen)}
            </Typography>
            <Typography variant="body1" align="right">
              {translate('app.leasing.statement.paid')}：{fenText(s.paidFen)} · {translate('app.leasing.statement.owed')}：{fenText(s.owedFen)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {translate('app.leasing.statement.note')}
            </Typography>
          </Card>
        )}
      </QueryState>
    </LeasingPage>
  );
};
