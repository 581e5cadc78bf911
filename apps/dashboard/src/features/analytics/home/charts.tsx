import { formatPercent } from '@wuye/domain';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { enumLabel } from '../../../common/enums';
import { campaignDate, monthLabelOptions, type CampaignTimeline, type CategoryCount, type SeriesPoint } from './chartSeries';

/** Loaded lazily (React.lazy in the home): recharts stays out of the main bundle. */

const COLORS: Record<string, string> = { CLOSE_OFF_RATE: '#1565c0', ON_TIME_RATE: '#2e7d32', OVERDUE_ISSUES: '#c62828' };
const percentTick = (v: number) => `${Math.round(v * 100)}%`;
const tooltipValue = (value: unknown, isRatio: boolean) => (typeof value === 'number' ? (isRatio ? formatPercent(value) : String(value)) : '—');

interface SeriesProps {
  points: SeriesPoint[];
  /** Codes shown as percentages (left axis). */
  ratios: readonly string[];
  /** Codes shown as counts (right axis). */
  counts?: readonly string[];
  names: Record<string, string>;
  /** A point or bar was clicked: its key (month or township id) and the series' KPI code. */
  onSelect?: (key: string, code: string) => void;
}

/** Clickable marks show a pointer. */
const clickable = (on: boolean) => (on ? { cursor: 'pointer' } : undefined);

export const TrendChart = ({ points, ratios, counts = [], names, onSelect }: SeriesProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tickFormatter={(m: string) => translate('app.kpi.chart.monthLabel', monthLabelOptions(m, locale))} />
        <YAxis yAxisId="ratio" domain={[0, 1]} tickFormatter={percentTick} />
        {counts.length > 0 && <YAxis yAxisId="count" orientation="right" allowDecimals={false} />}
        <Tooltip
          labelFormatter={(m) => translate('app.kpi.chart.monthLabel', monthLabelOptions(String(m), locale))}
          formatter={(value, _name, item) => [tooltipValue(value, ratios.includes(String(item.dataKey))), names[String(item.dataKey)]]}
        />
        <Legend />
        {[...ratios, ...counts].map((code) => (
          <Line
            key={code}
            yAxisId={ratios.includes(code) ? 'ratio' : 'count'}
            type="monotone"
            dataKey={code}
            name={names[code]}
            stroke={COLORS[code]}
            strokeDasharray={ratios.includes(code) ? undefined : '5 3'}
            connectNulls
            dot
            activeDot={{
              r: 6,
              style: clickable(!!onSelect),
              onClick: (_e: unknown, dot: unknown) => {
                const key = (dot as { payload?: SeriesPoint }).payload?.key;
                if (key && onSelect) onSelect(key, code);
              },
            }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
};

export const TownshipChart = ({ points, ratios, names, onSelect }: SeriesProps) => (
  <ResponsiveContainer width="100%" height={300}>
    <BarChart data={points} margin={{ top: 8, right: 16, bottom: 48, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" interval={0} angle={-35} textAnchor="end" height={56} />
      <YAxis domain={[0, 1]} tickFormatter={percentTick} />
      <Tooltip formatter={(value, _name, item) => [tooltipValue(value, true), names[String(item.dataKey)]]} />
      <Legend verticalAlign="top" />
      {ratios.map((code) => (
        <Bar
          key={code}
          dataKey={code}
          name={names[code]}
          fill={COLORS[code]}
          isAnimationActive={false}
          style={clickable(!!onSelect)}
          onClick={(_d: unknown, i: number) => points[i] && onSelect?.(points[i].key, code)}
        />
      ))}
    </BarChart>
  </ResponsiveContainer>
);

export const CategoryChart = ({ data, onSelect }: { data: CategoryCount[]; onSelect?: (category: string) => void }) => {
  const translate = useTranslate();
  const rows = data.map((d) => ({ ...d, label: enumLabel(translate, 'IssueCategory', d.category) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 30 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={110} />
        <Tooltip formatter={(value) => [value, translate('app.kpi.chart.count')]} />
        <Bar
          dataKey="count"
          name={translate('app.kpi.chart.count')}
          fill="#6a1b9a"
          isAnimationActive={false}
          style={clickable(!!onSelect)}
          onClick={(_d: unknown, i: number) => rows[i] && onSelect?.(rows[i].category)}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};

/** Phases as bars on a day axis from the campaign's first day (a transparent bar carries each one to its start). */
export const CampaignChart = ({ timeline, start }: { timeline: CampaignTimeline; start: string }) => {
  const translate = useTranslate();
  const dateTick = (offset: number) => campaignDate(start, offset).slice(5);
  return (
    <ResponsiveContainer width="100%" height={Math.max(140, timeline.phases.length * 44 + 60)}>
      <BarChart data={timeline.phases} layout="vertical" margin={{ top: 16, right: 24, bottom: 8, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, timeline.totalDays]} tickFormatter={dateTick} />
        <YAxis type="category" dataKey="name" width={90} />
        <Tooltip
          formatter={(_value, _name, item) => {
            const p = item.payload as CampaignTimeline['phases'][number];
            return [`${p.startDate} ~ ${p.endDate}`, translate('app.kpi.chart.phase')];
          }}
        />
        <Bar dataKey="offset" stackId="t" fill="transparent" isAnimationActive={false} legendType="none" tooltipType="none" />
        <Bar dataKey="days" stackId="t" isAnimationActive={false}>
          {timeline.phases.map((p) => (
            <Cell key={p.code} fill={p.current ? '#e65100' : '#90a4ae'} />
          ))}
        </Bar>
        {timeline.today != null && (
          <ReferenceLine
            x={timeline.today}
            stroke="#c62828"
            strokeWidth={2}
            label={{ value: translate('app.kpi.chart.today'), position: 'top', fill: '#c62828' }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
};
