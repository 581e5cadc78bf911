/** The quarter a rating is usually prepared for: the last finished one (`2026Q3` during 2026Q4). */
export function nextQuarterToPrepare(now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  const quarter = Math.floor(shanghai.getUTCMonth() / 3) + 1;
  return quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
}
