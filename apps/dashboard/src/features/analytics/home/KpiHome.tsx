import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import {
  categoryDrillDown,
  drillDownPath,
  gradeDrillDown,
  kpiDrillDown,
  monthDrillDown,
  parsePeriod,
  townshipDrillDown,
  type DrillDown,
  type KpiCode,
} from '@wuye/domain';
import { lazy, useCallback, useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { useGql } from '../../../common/api';
import { todayInShanghai } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { QueryState } from '../../../common/states';
import { TownshipSelect } from '../../../common/TownshipSelect';
import { ChartCard } from './ChartCard';
import { campaignTimeline, categorySeries, groupSeries, isEmptySeries, monthLabelOptions, trendSeries } from './chartSeries';
import { formatKpiValue, kpiCards, type KpiValueRow } from './kpiCard';
import { KpiCard } from './KpiCard';
import { gradeDistribution } from './gradeDistribution';
import { CAMPAIGN_TIMELINE_QUERY, ISSUES_BY_CATEGORY_QUERY, KPI_CARDS_QUERY, KPI_TOWNSHIPS_QUERY, KPI_TREND_QUERY } from './operations';
import {
  PERIOD_FILTER_KINDS,
  currentMonth,
  defaultPeriod,
  isRunning,
  lastCompleteMonth,
  normalizePeriod,
  periodChoices,
  periodKindOf,
  periodText,
  yearOf,
  type PeriodKind,
} from './periods';
import { kpiScopeOf } from './roleHome';

const charts = () => import('./charts');
const TrendChart = lazy(() => charts().then((m) => ({ default: m.TrendChart })));
const TownshipChart = lazy(() => charts().then((m) => ({ default: m.TownshipChart })));
const CategoryChart = lazy(() => charts().then((m) => ({ default: m.CategoryChart })));
const CampaignChart = lazy(() => charts().then((m) => ({ default: m.CampaignChart })));
const GradeChart = lazy(() => import('./GradeChart'));

type KpiFilter = { townshipId: string } | null;

const TREND_RATIOS = ['CLOSE_OFF_RATE', 'ON_TIME_RATE'] as const;
const TREND_COUNTS = ['OVERDUE_ISSUES'] as const;
const TREND_CODES = [...TREND_RATIOS, ...TREND_COUNTS];

/** The period and township filter, kept in the URL query (`#/?period=2026Q3&township=3`) so a reload keeps it. */
function useKpiFilter(countyWide: boolean) {
  const [params, setParams] = useSearchParams();
  const month = currentMonth();
  const period = normalizePeriod(params.get('period'), month);
  const townshipId = countyWide ? params.get('township') || '' : '';
  const update = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  return { month, period, townshipId, setPeriod: (p: string) => update({ period: p }), setTownship: (t: string) => update({ township: t }) };
}

const Filters = ({ filter, countyWide }: { filter: ReturnType<typeof useKpiFilter>; countyWide: boolean }) => {
  const translate = useTranslate();
  const kind = periodKindOf(filter.period);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <TextField
        select
        size="small"
        sx={{ minWidth: 120 }}
        label={translate('app.kpi.filter.kind')}
        value={kind}
        onChange={(e) => filter.setPeriod(defaultPeriod(e.target.value as PeriodKind, filter.month))}
      >
        {PERIOD_FILTER_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {translate(`app.kpi.filter.kinds.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        sx={{ minWidth: 180 }}
        label={translate('app.kpi.filter.period')}
        value={filter.period}
        onChange={(e) => filter.setPeriod(e.target.value)}
      >
        {periodChoices(kind, filter.month).map((p) => (
          <MenuItem key={p} value={p}>
            {periodText(p, translate)}
          </MenuItem>
        ))}
      </TextField>
      {countyWide && (
        <TownshipSelect
          label={translate('app.kpi.filter.township')}
          allLabel={translate('app.kpi.filter.allTownships')}
          value={filter.townshipId}
          onChange={filter.setTownship}
        />
      )}
    </Stack>
  );
};

const useLocaleKey = () => useLocaleState()[0];

/** Which period the figures are of, in words: the last complete month (the default) or a period still running. */
const PeriodNote = ({ filter }: { filter: ReturnType<typeof useKpiFilter> }) => {
  const translate = useTranslate();
  const running = isRunning(filter.period, filter.month);
  const lastComplete = lastCompleteMonth(filter.month);
  if (!running && filter.period !== lastComplete) return null;
  const text = running
    ? translate('app.kpi.period.toDate', { period: periodText(filter.period, translate), today: todayInShanghai() })
    : translate('app.kpi.period.lastComplete', { period: periodText(filter.period, translate) });
  const other = running ? lastComplete : filter.month;
  return (
    <Alert
      severity={running ? 'warning' : 'info'}
      data-testid="kpi-period-note"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => filter.setPeriod(other)}>
          {translate(running ? 'app.kpi.period.showLastComplete' : 'app.kpi.period.showToDate')}
        </Button>
      }
    >
      {text}
    </Alert>
  );
};

const pathOf = (d: DrillDown | null) => (d ? drillDownPath(d) : null);

/** The rows behind a figure (@wuye/domain kpi/drill-down.ts): a path to open, or null when there is none. */
function useDrill(period: string, filter: KpiFilter) {
  const navigate = useNavigate();
  const today = todayInShanghai();
  const range = parsePeriod(period);
  const townshipId = filter?.townshipId ?? null;
  const base = range ? { period: range, today, townshipId } : null;
  return {
    card: (code: string) => (base ? pathOf(kpiDrillDown(code as KpiCode, base)) : null),
    grade: (grade: string | null) => pathOf(gradeDrillDown(grade, townshipId)),
    township: (id: string) => (base ? pathOf(townshipDrillDown(id, base)) : null),
    month: (code: string, month: string) => pathOf(monthDrillDown(code as KpiCode, month, { today, townshipId })),
    category: (category: string) => (base ? pathOf(categoryDrillDown(category, base)) : null),
    open: (path: string | null) => {
      if (path) navigate(path);
    },
  };
}

const KpiCardsSection = ({ period, filter, onSettled }: { period: string; filter: KpiFilter; onSettled: () => void }) => {
  const translate = useTranslate();
  const locale = useLocaleKey();
  const drill = useDrill(period, filter);
  const { data, isPending, error } = useGql(['kpi-cards', locale], KPI_CARDS_QUERY, { period, filter });
  useEffect(() => {
    if (!isPending) onSettled();
  }, [isPending, onSettled]);
  const report = data?.kpis;
  const cards = report ? kpiCards(report.definitions, report.rows[0]?.kpis ?? [], locale, translate) : [];
  const credit = report?.rows[0]?.kpis.find((k) => k.code === 'CREDIT_DISTRIBUTION');
  return (
    <QueryState isPending={isPending} error={error}>
      {report && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {`${report.from} ~ ${report.to} · ${translate('app.kpi.period.previous', { period: report.previousPeriod })}`}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {cards.map((card) => (
          <KpiCard key={card.code} card={card} path={drill.card(card.code)} />
        ))}
      </Box>
      {credit && <GradeSection value={credit} period={period} filter={filter} />}
    </QueryState>
  );
};

/** The grade distribution from the CREDIT_DISTRIBUTION KPI (no extra request); firms without a grade are "not rated". */
const GradeSection = ({ value, period, filter }: { value: KpiValueRow; period: string; filter: KpiFilter }) => {
  const translate = useTranslate();
  const drill = useDrill(period, filter);
  const byGrade = Object.fromEntries((value.distribution ?? []).map((e) => [e.key, e.count]));
  const bars = gradeDistribution(value.denominator ?? undefined, byGrade);
  const label = (grade: string | null) => grade ?? translate('app.dashboard.notRated');
  const points = bars.map((b) => `${label(b.grade)} ${b.count}`).join('，');
  const title = translate('app.kpi.chart.grades');
  return (
    <Box sx={{ display: 'flex', mt: 2 }}>
      <ChartCard
        title={title}
        isPending={false}
        error={null}
        isEmpty={bars.every((b) => b.count === 0)}
        summary={translate('app.kpi.chart.summary', { title, points })}
        table={{
          head: [translate('app.kpi.enterprise.grade'), translate('app.dashboard.enterprisesCount')],
          rows: bars.map((b) => [label(b.grade), b.count]),
          links: bars.map((b) => drill.grade(b.grade)),
        }}
      >
        <GradeChart bars={bars} onSelect={(grade) => drill.open(drill.grade(grade))} />
      </ChartCard>
    </Box>
  );
};

const seriesNames = (translate: (k: string) => string) =>
  Object.fromEntries(TREND_CODES.map((c) => [c, translate(`app.kpi.chart.series.${c}`)])) as Record<string, string>;

const pointText = (code: string, value: number | string | null, locale: string) =>
  typeof value === 'number' ? formatKpiValue(code === 'OVERDUE_ISSUES' ? 'COUNT' : 'RATIO', value, locale) : '—';

const TrendSection = ({ year, upTo, filter, ready }: { year: number; upTo: string; filter: KpiFilter; ready: boolean }) => {
  const translate = useTranslate();
  const locale = useLocaleKey();
  const { data, isPending, error } = useGql(['kpi-trend'], KPI_TREND_QUERY, { period: String(year), filter }, { enabled: ready });
  const drill = useDrill(String(year), filter);
  const points = trendSeries(data?.kpis.rows ?? [], TREND_CODES, upTo);
  const names = seriesNames(translate);
  const title = translate('app.kpi.chart.trend', { year });
  const month = (p: (typeof points)[number]) => translate('app.kpi.chart.monthLabel', monthLabelOptions(p.label, locale));
  const summary = points
    .filter((p) => TREND_CODES.some((c) => p[c] != null))
    .map((p) => `${month(p)} ${TREND_CODES.map((c) => `${names[c]} ${pointText(c, p[c] ?? null, locale)}`).join(' ')}`)
    .join('；');
  return (
    <ChartCard
      title={title}
      isPending={isPending}
      error={error}
      isEmpty={isEmptySeries(points, TREND_CODES)}
      summary={translate('app.kpi.chart.summary', { title, points: summary })}
      table={{
        head: [translate('app.kpi.chart.month'), ...TREND_CODES.map((c) => names[c]!)],
        rows: points.map((p) => [month(p), ...TREND_CODES.map((c) => pointText(c, p[c] ?? null, locale))]),
        links: points.map((p) => drill.month('OVERDUE_ISSUES', p.key)),
      }}
    >
      <TrendChart points={points} ratios={TREND_RATIOS} counts={TREND_COUNTS} names={names} onSelect={(m, code) => drill.open(drill.month(code, m))} />
    </ChartCard>
  );
};

const TownshipSection = ({ period, ready }: { period: string; ready: boolean }) => {
  const translate = useTranslate();
  const locale = useLocaleKey();
  const { data, isPending, error } = useGql(['kpi-townships'], KPI_TOWNSHIPS_QUERY, { period, filter: null }, { enabled: ready });
  const drill = useDrill(period, null);
  const points = groupSeries(data?.kpis.rows ?? [], TREND_RATIOS);
  const names = seriesNames(translate);
  const title = translate('app.kpi.chart.townships');
  const cells = (p: (typeof points)[number]) => TREND_RATIOS.map((c) => pointText(c, p[c] ?? null, locale));
  return (
    <ChartCard
      title={title}
      isPending={isPending}
      error={error}
      isEmpty={isEmptySeries(points, TREND_RATIOS)}
      summary={translate('app.kpi.chart.summary', { title, points: points.map((p) => `${p.label} ${cells(p).join(' / ')}`).join('；') })}
      table={{
        head: [translate('app.kpi.chart.township'), ...TREND_RATIOS.map((c) => names[c]!)],
        rows: points.map((p) => [p.label, ...cells(p)]),
        links: points.map((p) => drill.township(p.key)),
      }}
    >
      <TownshipChart points={points} ratios={TREND_RATIOS} names={names} onSelect={(id) => drill.open(drill.township(id))} />
    </ChartCard>
  );
};

const CategorySection = ({ period, filter, ready }: { period: string; filter: KpiFilter; ready: boolean }) => {
  const translate = useTranslate();
  const range = parsePeriod(period);
  const { data, isPending, error } = useGql(
    ['kpi-categories'],
    ISSUES_BY_CATEGORY_QUERY,
    { filter: { from: range?.from, to: range?.to, ...(filter ?? {}) } },
    { enabled: ready },
  );
  const rows = categorySeries(data?.aggregates ?? []);
  const drill = useDrill(period, filter);
  const title = translate('app.kpi.chart.categories');
  const label = (c: string) => enumLabel(translate, 'IssueCategory', c);
  return (
    <ChartCard
      title={title}
      isPending={isPending}
      error={error}
      isEmpty={rows.length === 0}
      summary={translate('app.kpi.chart.summary', { title, points: rows.map((r) => `${label(r.category)} ${r.count}`).join('，') })}
      table={{
        head: [translate('app.kpi.chart.category'), translate('app.kpi.chart.count')],
        rows: rows.map((r) => [label(r.category), r.count]),
        links: rows.map((r) => drill.category(r.category)),
      }}
    >
      <CategoryChart data={rows} onSelect={(c) => drill.open(drill.category(c))} />
    </ChartCard>
  );
};

const CampaignSection = ({ year, ready }: { year: number; ready: boolean }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['kpi-campaign'], CAMPAIGN_TIMELINE_QUERY, { year }, { enabled: ready });
  const campaign = data?.campaign ?? null;
  const today = todayInShanghai();
  const timeline = campaign ? campaignTimeline(campaign, today) : null;
  const title = translate('app.kpi.chart.campaign', { year });
  const m = timeline?.milestones;
  const milestones = m ? translate('app.kpi.chart.milestones', { onTime: m.DONE_ON_TIME, late: m.DONE_LATE, overdue: m.OVERDUE, pending: m.PENDING }) : '';
  const current = campaign?.currentPhase ? translate('app.kpi.chart.currentPhase', { name: campaign.currentPhase.name }) : '';
  const phases = timeline?.phases.map((p) => `${p.name} ${p.startDate}~${p.endDate}`).join('，') ?? '';
  return (
    <ChartCard
      title={title}
      isPending={isPending}
      error={error}
      isEmpty={!timeline || timeline.phases.length === 0}
      emptyMessage={translate('app.kpi.chart.noCampaign', { year })}
      summary={translate('app.kpi.chart.summary', { title, points: [phases, current, milestones].filter(Boolean).join('；') })}
      table={{
        head: [translate('app.kpi.chart.phase'), translate('app.kpi.chart.from'), translate('app.kpi.chart.to')],
        rows: timeline?.phases.map((p) => [p.name, p.startDate, p.endDate]) ?? [],
      }}
      footer={
        <Typography variant="body2" sx={{ mt: 1 }}>
          {[translate('app.kpi.chart.todayIs', { date: today }), current, milestones].filter(Boolean).join(' · ')}
        </Typography>
      }
    >
      {timeline && campaign && <CampaignChart timeline={timeline} start={campaign.startDate} />}
    </ChartCard>
  );
};

/**
 * The KPI home: filters, one card per KPI, and the lazy charts. County-wide roles pick a township; the others see
 * the slice the API forces on them, said in words. The charts ask for their data once the cards have theirs: on
 * SQLite one connection serves every request in turn, so the cards never wait behind the year's trend (issue 17).
 */
export const KpiHome = ({ permissions }: { permissions: AppPermissions }) => {
  const translate = useTranslate();
  const scope = kpiScopeOf(permissions);
  const countyWide = scope === 'county';
  const filter = useKpiFilter(countyWide);
  const kpiFilter: KpiFilter = filter.townshipId ? { townshipId: filter.townshipId } : null;
  const year = yearOf(filter.period);
  const [cardsSettled, setCardsSettled] = useState(false);
  const onCardsSettled = useCallback(() => setCardsSettled(true), []);
  const scopeName =
    scope === 'county'
      ? translate('app.kpi.scope.county')
      : `${translate(`app.kpi.scope.${scope}`)}${
          scope === 'township' && permissions.township
            ? ` · ${permissions.township.name}`
            : scope === 'department' && permissions.department
              ? ` · ${permissions.department.name}`
              : ''
        }`;
  return (
    <Box component="section" aria-label={translate('app.kpi.title')}>
      <Typography variant="h6" component="h2">
        {translate('app.kpi.title')} · {periodText(filter.period, translate)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.kpi.scope.label', { scope: scopeName })}
      </Typography>
      <Filters filter={filter} countyWide={countyWide} />
      <PeriodNote filter={filter} />
      <KpiCardsSection period={filter.period} filter={kpiFilter} onSettled={onCardsSettled} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 2 }}>
        <TrendSection year={year} upTo={filter.month} filter={kpiFilter} ready={cardsSettled} />
        {countyWide && <TownshipSection period={filter.period} ready={cardsSettled} />}
        {hasPermission(permissions, 'aggregate:read') && <CategorySection period={filter.period} filter={kpiFilter} ready={cardsSettled} />}
        {hasPermission(permissions, 'campaign:read') && <CampaignSection year={year} ready={cardsSettled} />}
      </Box>
    </Box>
  );
};

/** An analyst's pointer to the API: GraphiQL and API tokens. */
export const AnalystApiCard = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.kpi.analyst.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('app.kpi.analyst.text')}
        </Typography>
        <Stack direction="row" spacing={2}>
          <a href="/graphiql" target="_blank" rel="noopener">
            {translate('app.kpi.analyst.graphiql')}
          </a>
          <Link to="/api-tokens">{translate('app.kpi.analyst.apiTokens')}</Link>
        </Stack>
      </CardContent>
    </Card>
  );
};
