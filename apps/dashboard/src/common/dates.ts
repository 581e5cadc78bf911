import { serverNow } from './clock';

/** Dates are shown `YYYY-MM-DD` (and times `YYYY-MM-DD HH:mm`) in Asia/Shanghai, whatever the browser's zone. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toShanghaiIso(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && DATE_ONLY.test(value)) return `${value}T00:00:00.000Z`;
  const date = value instanceof Date ? value : new Date(value as string | number);
  if (Number.isNaN(date.getTime())) return null;
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString();
}

/** `2026-03-10`, `2026-03-10T17:30:00Z` → `2026-03-11` (Shanghai), empty → ''. */
export function formatDate(value: unknown): string {
  return toShanghaiIso(value)?.slice(0, 10) ?? '';
}

/** `2026-03-10T01:02:03Z` → `2026-03-10 09:02`. Calendar dates stay dates. */
export function formatDateTime(value: unknown): string {
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value;
  const iso = toShanghaiIso(value);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '';
}

/** Today in Shanghai on the server's clock. */
export const todayInShanghai = (now: Date = serverNow()): string => formatDate(now);
