import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_B1_GRACE_DAYS, DEFAULT_DUE_SOON_DAYS } from '@wuye/db';
import { DEFAULT_COMPLAINT_SLA } from '@wuye/domain';
import { DEFAULT_UPLOAD_DIR, DEFAULT_UPLOAD_MAX_BYTES, type FileStorage } from './files.js';
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
  /** DATABASE_REPLICA_URL: a PostgreSQL streaming replica of DATABASE_URL for reads that can lag (docs/deployment.md);
   *  REPLICA_MAX_LAG_SECONDS (default 10): further behind than this, it is bypassed. */
  replicaUrl: string | undefined;
  replicaMaxLagSeconds: number;
  sqlitePath: string | undefined;
  dashboardDir: string;
  sessionIdleHours: number;
  sessionMaxDays: number;
  /** Which proxies' X-Forwarded-For to believe for the client's address (rate limits, audit rows): TRUST_PROXY, see
   *  parseTrustProxy. Unset: none — the address is the connection's peer. */
  trustProxy: TrustProxy;
  /** LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel: string;
  /** On SIGTERM, how long in-flight requests may take before their connections are cut (SHUTDOWN_TIMEOUT_SECONDS, 25). */
  shutdownTimeoutMs: number;
  bodyLimit: string;
  /** Evidence files: directory (UPLOAD_DIR, default data/uploads) and size limit of one file (UPLOAD_MAX_MB, default 10). */
  uploadDir: string;
  uploadMaxBytes: number;
  /** Where evidence bytes are kept (FILE_STORAGE: `database` or `directory`); default `database` on PostgreSQL, so that
   *  every instance serves every file, and `directory` (UPLOAD_DIR) on SQLite. */
  fileStorage: FileStorage;
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
  /** PERIODIC_JOBS: `on` (default) — `serve` ticks the hourly jobs (jobs.ts); `off` — this instance runs none (another
   *  instance or a cron running `main.ts jobs` does; benchmarks that must not have jobs change data or take CPU mid-run). */
  periodicJobs: boolean;
}

function instant(name: string, value: string | undefined): Date | null {
  const v = value?.trim();
  if (!v) return null;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T09:00:00+08:00`) : /^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : null;
  if (!at || Number.isNaN(at.getTime()))
    throw new Error(`Environment variable ${name} must be a date (YYYY-MM-DD) or an ISO instant with its zone, got "${v}"`);
  return at;
}

function onOff(name: string, value: string | undefined, fallback: boolean): boolean {
  const v = value?.trim().toLowerCase();
  if (!v) return fallback;
  if (v === 'on') return true;
  if (v === 'off') return false;
  throw new Error(`Environment variable ${name} must be on or off, got "${value}"`);
}

function logLevel(value: string | undefined): string {
  const v = value?.trim().toLowerCase() || 'info';
  if (!LOG_LEVELS.includes(v)) throw new Error(`Environment variable LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return v;
}

function int(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`Environment variable ${name} must be an integer in ${min}..${max}, got "${value}"`);
  return n;
}

/** Express's "trust proxy": false (none), a number of hops, or the proxies' addresses, CIDR ranges or named ranges. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: empty, `false` or `0` trusts no proxy; a number N believes the last N hops of X-Forwarded-For (N
 * proxies in front, e.g. 1 for one nginx); otherwise a comma-separated list of proxy addresses, CIDR ranges or
 * `loopback` / `linklocal` / `uniquelocal` (e.g. `10.0.0.5,10.0.0.6` or `loopback`). `true` (believe any client's
 * X-Forwarded-For, so anyone could pick the address their limits count against) is refused.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new Error(`Environment variable TRUST_PROXY: ${hops} proxies in front is not plausible (at most 10)`);
    return hops;
  }
  if (v === 'true')
    throw new Error(
      "Environment variable TRUST_PROXY=true would believe any client's X-Forwarded-For: give the number of proxies in front (e.g. 1) or their addresses",
    );
  const items = v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  for (const item of items) {
    if (NAMED_RANGES.includes(item)) continue;
    const [address, bits, extra] = item.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 4 ? 32 : 128;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !bitsOk || extra !== undefined) {
      throw new Error(`Environment variable TRUST_PROXY: "${item}" is not an address, a CIDR range or one of ${NAMED_RANGES.join(', ')}`);
    }
  }
  return items;
}

function fileStorage(value: string | undefined, postgres: boolean): FileStorage {
  const v = value?.trim().toLowerCase();
  if (!v) return postgres ? 'database' : 'directory';
  if (v !== 'database' && v !== 'directory') throw new Error(`Environment variable FILE_STORAGE must be database or directory, got "${value}"`);
  return v;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const databaseUrl = source.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgresql:// URL (leave it unset for the embedded SQLite database)');
  }
  const replicaUrl = source.DATABASE_REPLICA_URL?.trim() || undefined;
  if (replicaUrl && (!databaseUrl || !/^postgres(ql)?:\/\//.test(replicaUrl))) {
    throw new Error('DATABASE_REPLICA_URL must be a postgresql:// URL of a replica of DATABASE_URL (and DATABASE_URL must be set)');
  }
  return {
    port: int('PORT', source.PORT, 3000, 1, 65535),
    host: source.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    replicaUrl,
    replicaMaxLagSeconds: int('REPLICA_MAX_LAG_SECONDS', source.REPLICA_MAX_LAG_SECONDS, 10, 1, 3600),
    sqlitePath: source.SQLITE_PATH?.trim() || undefined,
    dashboardDir: resolve(source.DASHBOARD_DIR?.trim() || new URL('../../dashboard/dist', import.meta.url).pathname),
    sessionIdleHours: int('SESSION_IDLE_HOURS', source.SESSION_IDLE_HOURS, 8, 1, 24 * 30),
    sessionMaxDays: int('SESSION_MAX_DAYS', source.SESSION_MAX_DAYS, 7, 1, 90),
    trustProxy: parseTrustProxy(source.TRUST_PROXY),
    logLevel: logLevel(source.LOG_LEVEL),
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_SECONDS', source.SHUTDOWN_TIMEOUT_SECONDS, 25, 1, 3600) * 1000,
    bodyLimit: source.BODY_LIMIT?.trim() || '1mb',
    uploadDir: resolve(source.UPLOAD_DIR?.trim() || DEFAULT_UPLOAD_DIR),
    fileStorage: fileStorage(source.FILE_STORAGE, databaseUrl !== undefined),
    uploadMaxBytes: int('UPLOAD_MAX_MB', source.UPLOAD_MAX_MB, DEFAULT_UPLOAD_MAX_BYTES / 1048576, 1, 200) * 1048576,
    b1GraceDays: int('B1_GRACE_DAYS', source.B1_GRACE_DAYS, DEFAULT_B1_GRACE_DAYS, 0, 365),
    complaintFirstResponseDays: int('COMPLAINT_FIRST_RESPONSE_DAYS', source.COMPLAINT_FIRST_RESPONSE_DAYS, DEFAULT_COMPLAINT_SLA.firstResponseDays, 1, 365),
    complaintResolutionDays: int('COMPLAINT_RESOLUTION_DAYS', source.COMPLAINT_RESOLUTION_DAYS, DEFAULT_COMPLAINT_SLA.resolutionDays, 1, 365),
    dueSoonDays: int('DUE_SOON_DAYS', source.DUE_SOON_DAYS, DEFAULT_DUE_SOON_DAYS, 0, 90),
    clockStart: instant('CLOCK_START', source.CLOCK_START),
    periodicJobs: onOff('PERIODIC_JOBS', source.PERIODIC_JOBS, true),
    rateLimits: {
      perAddressPerMinute: int('RATE_LIMIT_PER_MINUTE', source.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMITS.perAddressPerMinute, 0, 1_000_000),
      perTokenPerMinute: int('RATE_LIMIT_TOKEN_PER_MINUTE', source.RATE_LIMIT_TOKEN_PER_MINUTE, DEFAULT_RATE_LIMITS.perTokenPerMinute, 0, 1_000_000),
      loginPerMinute: int('LOGIN_LIMIT_PER_MINUTE', source.LOGIN_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMITS.loginPerMinute, 0, 100_000),
      loginPerHour: int('LOGIN_LIMIT_PER_HOUR', source.LOGIN_LIMIT_PER_HOUR, DEFAULT_RATE_LIMITS.loginPerHour, 0, 1_000_000),
    },
  };
}
