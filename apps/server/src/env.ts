import { resolve } from 'node:path';
import { DEFAULT_B1_GRACE_DAYS, DEFAULT_DUE_SOON_DAYS } from '@wuye/db';
import { DEFAULT_COMPLAINT_SLA } from '@wuye/domain';
import { DEFAULT_UPLOAD_DIR, DEFAULT_UPLOAD_MAX_BYTES } from './files.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limits.js';

/**
 * The server's settings, read once from the environment and checked; nothing else reads process.env.
 * Defaults give the embedded SQLite database with the demo county on http://localhost:3000.
 */
export interface Env {
  port: number;
  host: string;
  /** PostgreSQL URL; when empty the embedded SQLite file is used. */
  databaseUrl: string | undefined;
  sqlitePath: string | undefined;
  dashboardDir: string;
  sessionIdleHours: number;
  sessionMaxDays: number;
  /** Express "trust proxy" setting, for servers behind a load balancer. */
  trustProxy: string | false;
  bodyLimit: string;
  /** Evidence files: directory (UPLOAD_DIR, default data/uploads) and size limit of one file (UPLOAD_MAX_MB, default 10). */
  uploadDir: string;
  uploadMaxBytes: number;
  /** Closed loop: B1 grace period in days (B1_GRACE_DAYS, default 3), complaint SLA in days (COMPLAINT_FIRST_RESPONSE_DAYS
   *  3, COMPLAINT_RESOLUTION_DAYS 15) and the inbox's due-soon window (DUE_SOON_DAYS, default 7). */
  b1GraceDays: number;
  complaintFirstResponseDays: number;
  complaintResolutionDays: number;
  dueSoonDays: number;
  /** Requests per minute per client address (RATE_LIMIT_PER_MINUTE, 1200) and per bearer token (RATE_LIMIT_TOKEN_PER_MINUTE,
   *  600); login attempts per address per minute (LOGIN_LIMIT_PER_MINUTE, 20) and per hour (LOGIN_LIMIT_PER_HOUR, 200). 0 disables. */
  rateLimits: RateLimits;
  /** Where the platform's clock starts (CLOCK_START: `YYYY-MM-DD`, read as 09:00 in Asia/Shanghai, or an ISO instant
   *  with its zone); it runs on in real time from there. Unset: the real time. `npm start` sets it to the demo county's
   *  reference date so the demo looks as it was made to, whatever day it is run. */
  clockStart: Date | null;
}

function instant(name: string, value: string | undefined): Date | null {
  const v = value?.trim();
  if (!v) return null;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T09:00:00+08:00`) : /^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : null;
  if (!at || Number.isNaN(at.getTime())) throw new Error(`Environment variable ${name} must be a date (YYYY-MM-DD) or an ISO instant with its zone, got "${v}"`);
  return at;
}

function int(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`Environment variable ${name} must be an integer in ${min}..${max}, got "${value}"`);
  return n;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const databaseUrl = source.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgresql:// URL (leave it unset for the embedded SQLite database)');
  }
  return {
    port: int('PORT', source.PORT, 3000, 1, 65535),
    host: source.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    sqlitePath: source.SQLITE_PATH?.trim() || undefined,
    dashboardDir: resolve(source.DASHBOARD_DIR?.trim() || new URL('../../dashboard/dist', import.meta.url).pathname),
    sessionIdleHours: int('SESSION_IDLE_HOURS', source.SESSION_IDLE_HOURS, 8, 1, 24 * 30),
    sessionMaxDays: int('SESSION_MAX_DAYS', source.SESSION_MAX_DAYS, 7, 1, 90),
    trustProxy: source.TRUST_PROXY?.trim() || false,
    bodyLimit: source.BODY_LIMIT?.trim() || '1mb',
    uploadDir: resolve(source.UPLOAD_DIR?.trim() || DEFAULT_UPLOAD_DIR),
    uploadMaxBytes: int('UPLOAD_MAX_MB', source.UPLOAD_MAX_MB, DEFAULT_UPLOAD_MAX_BYTES / 1048576, 1, 200) * 1048576,
    b1GraceDays: int('B1_GRACE_DAYS', source.B1_GRACE_DAYS, DEFAULT_B1_GRACE_DAYS, 0, 365),
    complaintFirstResponseDays: int('COMPLAINT_FIRST_RESPONSE_DAYS', source.COMPLAINT_FIRST_RESPONSE_DAYS, DEFAULT_COMPLAINT_SLA.firstResponseDays, 1, 365),
    complaintResolutionDays: int('COMPLAINT_RESOLUTION_DAYS', source.COMPLAINT_RESOLUTION_DAYS, DEFAULT_COMPLAINT_SLA.resolutionDays, 1, 365),
    dueSoonDays: int('DUE_SOON_DAYS', source.DUE_SOON_DAYS, DEFAULT_DUE_SOON_DAYS, 0, 90),
    clockStart: instant('CLOCK_START', source.CLOCK_START),
    rateLimits: {
      perAddressPerMinute: int('RATE_LIMIT_PER_MINUTE', source.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMITS.perAddressPerMinute, 0, 1_000_000),
      perTokenPerMinute: int('RATE_LIMIT_TOKEN_PER_MINUTE', source.RATE_LIMIT_TOKEN_PER_MINUTE, DEFAULT_RATE_LIMITS.perTokenPerMinute, 0, 1_000_000),
      loginPerMinute: int('LOGIN_LIMIT_PER_MINUTE', source.LOGIN_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMITS.loginPerMinute, 0, 100_000),
      loginPerHour: int('LOGIN_LIMIT_PER_HOUR', source.LOGIN_LIMIT_PER_HOUR, DEFAULT_RATE_LIMITS.loginPerHour, 0, 1_000_000),
    },
  };
}
