import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { dateOfDay, scoreDomain, type ChartPoint } from './history';
import { formatScore } from '../../../common/format';

/** Loaded lazily: recharts stays out of the main bundle. A step line of the score, with the grade thresholds. */
const ScoreHistoryChart = ({ series, thresholds = [85, 80, 70, 60] }: { series: ChartPoint[]; thresholds?: number[] }) => {
  const translate = useTranslate();
  const [lo, hi] = scoreDomain(series);
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={series} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} scale="time" tickFormatter={(t: number) => dateOfDay(t)} minTickGap={40} />
        <YAxis domain={[lo, hi]} allowDecimals={false} />
        {thresholds
          .filter((v) => v >= lo && v <= hi)
          .map((v) => (
            <ReferenceLine key={v} y={v} stroke="#bdbdbd" strokeDasharray="4 4" />
          ))}
        <Tooltip
          labelFormatter={(t) => dateOfDay(Number(t))}
          formatter={(value, _name, item) => [
            `${formatScore(Number(value))}（${(item?.payload as ChartPoint | undefined)?.grade ?? ''}）`,
            translate('app.credit.score'),
          ]}
        />
        <Line type="stepAfter" dataKey="score" stroke="#1565c0" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} name={translate('app.credit.score')} />
      </LineChart>
    </ResponsiveContainer>
  );
};

export default ScoreHistoryChart;
