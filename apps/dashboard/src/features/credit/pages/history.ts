/** Data shaping for the score-history chart (recharts), kept pure for tests. */

export interface ScorePoint {
  date: string;
  score: number;
  grade: string;
}

export interface ChartPoint {
  /** Days since 1970-01-01 (a numeric axis spaces dates by time). */
  t: number;
  date: string;
  score: number;
  grade: string;
}

const DAY_MS = 86_400_000;
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const dateOfDay = (t: number): string => new Date(t * DAY_MS).toISOString().slice(0, 10);

/**
 * The API's step series ("the score from this date until the next point"), sorted and de-duplicated by date
 * (the last value of a day wins), with a closing point on `until` so the last step is drawn to the as-of date.
 */
export function historySeries(points: readonly ScorePoint[], until?: string): ChartPoint[] {
  const byDate = new Map<string, ScorePoint>();
  for (const p of points) byDate.set(p.date, p);
  const sorted = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out = sorted.map((p) => ({ t: dayNumber(p.date), date: p.date, score: p.score, grade: p.grade }));
  const last = out[out.length - 1];
  if (last && until && until > last.date) out.push({ t: dayNumber(until), date: until, score: last.score, grade: last.grade });
  return out;
}

/** Y-axis bounds with some room, whole tens (scores live between 0 and base + cap). */
export function scoreDomain(series: readonly ChartPoint[]): [number, number] {
  if (series.length === 0) return [0, 100];
  const scores = series.map((p) => p.score);
  const lo = Math.max(0, Math.floor((Math.min(...scores) - 5) / 10) * 10);
  const hi = Math.ceil((Math.max(...scores) + 5) / 10) * 10;
  return [lo, hi];
}

/** The first day of the history window: 12 months before the as-of date. */
export function yearBefore(asOf: string): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  return date.toISOString().slice(0, 10);
}
