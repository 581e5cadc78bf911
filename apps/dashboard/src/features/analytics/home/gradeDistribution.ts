import { CREDIT_GRADES } from '@wuye/domain';

export interface GradeBar {
  /** A grade, or null for firms not rated yet. */
  grade: string | null;
  count: number;
}

/**
 * Firms per grade for the chart: the five grades in order, then "not rated" (the rest of the total) when any.
 * Counts still loading are treated as 0.
 */
export function gradeDistribution(total: number | undefined, byGrade: Readonly<Record<string, number | undefined>>): GradeBar[] {
  const bars: GradeBar[] = CREDIT_GRADES.map((grade) => ({ grade, count: byGrade[grade] ?? 0 }));
  const rated = bars.reduce((sum, bar) => sum + bar.count, 0);
  const notRated = Math.max(0, (total ?? 0) - rated);
  if (notRated > 0) bars.push({ grade: null, count: notRated });
  return bars;
}
