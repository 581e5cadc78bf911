import { resolve } from 'node:path';

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
  };
}
