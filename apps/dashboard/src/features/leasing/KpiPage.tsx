import { Box, Card, CardContent, Grid, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useGql } from '../../common/api';
import { todayInShanghai } from '../../common/dates';
import { QueryState } from '../../common/states';
import { LEASING_KPIS_QUERY } from './kpiOperations';
import { ageingBars, bpChange, bpPercent, collectionPoints, incomeBars, squareMetres, yuan } from './kpiLogic';

const KpiCard = ({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) => (
  <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId} role="region" aria-label={label}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component="p" sx={{ my: 1 }}>
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {detail}
      </Typography>
    </CardContent>
  </Card>
);

const ChartCard = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Card variant="outlined" sx={{ p: 2, height: '100%' }} data-testid="lease-kpi-chart" role="region" aria-label={title}>
    <Typography variant="subtitle1" gutterBottom>
      {title}
    </Typography>
    {children}
  </Card>
);

/**
 * 租赁经营指标: the working group's KPIs on a date (default today, Asia/Shanghai) as cards and charts. Every figure is
 * the server's (leasingKpis); the page only formats it.
 */
export const KpiPage = () => {
  const translate = useTranslate();
  const [asOf, setAsOf] = useState(todayInShanghai());
  const { data, isPending, error } = useGql(['leasingKpis', asOf], LEASING_KPIS_QUERY, { asOf });
  const k = data?.leasingKpis;
  const month = (m: unknown) => translate('app.leasing.kpis.month', { month: String(m) });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.leasing.kpis.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.leasing.kpis.hint')}
      </Typography>
      <TextField
        type="date"
        size="small"
        label={translate('app.leasing.kpis.asOf')}
        value={asOf}
        onChange={(e) => e.target.value && setAsOf(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ mb: 2 }}
      />
      <QueryState isPending={isPending} error={error}>
        {k && (
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <KpiCard
                testId="kpi-occupancy"
                label={translate('app.leasing.kpis.occupancy')}
                value={bpPercent(k.occupancy.rateBp)}
                detail={`${translate('app.leasing.kpis.occupancyDetail', {
                  let: k.occupancy.letUnits,
                  units: k.occupancy.units,
                  letArea: squareMetres(k.occupancy.letAreaCenti),
                  area: squareMetres(k.occupancy.areaCenti),
                  areaRate: bpPercent(k.occupancy.areaRateBp),
                })}；${translate('app.leasing.kpis.occupancyLastYear', { rate: bpPercent(k.occupancyLastYear.rateBp) })}`}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <KpiCard
                testId="kpi-collection"
                label={translate('app.leasing.kpis.collection')}
                value={bpPercent(k.collection.rateBp)}
                detail={translate('app.leasing.kpis.collectionDetail', {
                  due: yuan(k.collection.dueFen),
                  onTime: yuan(k.collection.onTimeFen),
                  onTimeCount: k.collection.onTimeCount,
                  dueCount: k.collection.dueCount,
                })}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <KpiCard
                testId="kpi-arrears"
                label={translate('app.leasing.kpis.arrears')}
                value={translate('app.leasing.kpis.yuan', { amount: yuan(k.arrears.overdueFen) })}
                detail={translate('app.leasing.kpis.arrearsDetail', { contracts: k.arrears.contracts })}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <KpiCard
                testId="kpi-income"
                label={translate('app.leasing.kpis.income')}
                value={translate('app.leasing.kpis.yuan', { amount: yuan(k.income.thisYearFen) })}
                detail={translate('app.leasing.kpis.incomeDetail', {
                  lastFrom: k.income.lastFrom,
                  lastTo: k.income.lastTo,
                  last: yuan(k.income.lastYearFen),
                  change: bpChange(k.income.changeBp),
                })}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <ChartCard title={translate('app.leasing.kpis.incomeChart')}>
                <ResponsiveContainer width="100%" height={280}>
                  <BarChart data={incomeBars(k.income.months)} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" tickFormatter={month} />
                    <YAxis />
                    <Tooltip labelFormatter={month} />
                    <Legend />
                    <Bar dataKey="lastYear" name={translate('app.leasing.kpis.lastYear')} fill="#90a4ae" isAnimationActive={false} />
                    <Bar dataKey="thisYear" name={translate('app.leasing.kpis.thisYear')} fill="#1565c0" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </ChartCard>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <ChartCard title={translate('app.leasing.kpis.collectionChart')}>
                <ResponsiveContainer width="100%" height={280}>
                  <LineChart data={collectionPoints(k.collectionByMonth)} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" tickFormatter={month} />
                    <YAxis domain={[0, 1]} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
                    <Tooltip labelFormatter={month} formatter={(v) => (typeof v === 'number' ? bpPercent(Math.round(v * 10000)) : '—')} />
                    <Legend />
                    <Line dataKey="rate" name={translate('app.leasing.kpis.rate')} stroke="#2e7d32" dot isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              </ChartCard>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <ChartCard title={translate('app.leasing.kpis.ageingChart')}>
                <ResponsiveContainer width="100%" height={240}>
                  <BarChart data={ageingBars(k.arrears)} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" />
                    <YAxis />
                    <Tooltip />
                    <Bar dataKey="amount" name={translate('app.leasing.kpis.amount')} fill="#c62828" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </ChartCard>
            </Grid>
          </Grid>
        )}
      </QueryState>
    </Box>
  );
};
