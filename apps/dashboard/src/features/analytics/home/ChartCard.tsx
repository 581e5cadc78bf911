import { Box, Card, CardContent, Typography } from '@mui/material';
import { Suspense, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { EmptyBox, ErrorBox, LoadingBox } from '../../../common/states';

/** Hidden from sight, read by screen readers. */
const VISUALLY_HIDDEN = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

export interface ChartTable {
  head: string[];
  rows: (string | number)[][];
  /** Per row, the list behind it (a drill-down path): its first cell becomes a link there. */
  links?: (string | null)[];
}

interface Props {
  title: string;
  isPending: boolean;
  error: unknown;
  isEmpty: boolean;
  /** Short text alternative of the whole chart (aria-label). */
  summary: string;
  /** The chart's data as a table for screen readers. */
  table: ChartTable;
  /** Below the chart, visible (e.g. milestone counts). */
  footer?: ReactNode;
  emptyMessage?: string;
  children: ReactNode;
}

/**
 * A chart with its heading and states: loading, error, "no data for this period", else the (lazy) chart with a text
 * alternative: an aria-label summary and a visually hidden table.
 */
export const ChartCard = ({ title, isPending, error, isEmpty, summary, table, footer, emptyMessage = 'app.kpi.chart.empty', children }: Props) => {
  const translate = useTranslate();
  let body: ReactNode;
  if (error) body = <ErrorBox error={error} />;
  else if (isPending) body = <LoadingBox label="app.kpi.chart.loading" />;
  else if (isEmpty) body = <EmptyBox message={emptyMessage} />;
  else
    body = (
      <>
        <Box role="img" aria-label={summary} data-testid="kpi-chart">
          <Suspense fallback={<LoadingBox label="app.kpi.chart.loading" />}>{children}</Suspense>
        </Box>
        <Box component="table" sx={VISUALLY_HIDDEN}>
          <caption>{`${title} · ${translate('app.kpi.chart.table')}`}</caption>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{j === 0 && table.links?.[i] ? <Link to={table.links[i]!}>{cell}</Link> : cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </Box>
        {footer}
      </>
    );
  return (
    <Card sx={{ flex: '1 1 460px', minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {body}
      </CardContent>
    </Card>
  );
};
