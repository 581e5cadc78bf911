import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { gradeStyle } from '../../registry/enterprises/creditStyles';
import type { GradeBar } from './gradeDistribution';

/** Loaded lazily: recharts stays out of the main bundle. */
const GradeChart = ({ bars, onSelect }: { bars: GradeBar[]; onSelect?: (grade: string | null) => void }) => {
  const translate = useTranslate();
  const data = bars.map((bar) => ({ ...bar, label: bar.grade ?? translate('app.dashboard.notRated') }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip formatter={(value) => [value, translate('app.dashboard.enterprisesCount')]} />
        <Bar
          dataKey="count"
          name={translate('app.dashboard.enterprisesCount')}
          style={onSelect ? { cursor: 'pointer' } : undefined}
          onClick={(_d: unknown, i: number) => data[i] && onSelect?.(data[i].grade)}
        >
          {data.map((bar) => (
            <Cell key={bar.label} fill={bar.grade ? gradeStyle(bar.grade).bg : '#9e9e9e'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};

export default GradeChart;
