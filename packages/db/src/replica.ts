import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { clock } from './clock.js';

/**
 * A PostgreSQL streaming replica for reads that can lag (issue 18): analysts' queries, KPIs, exports, public pages.
 * The monitor asks both servers every `intervalMs` how far the replica is behind; reads go to it only while it answers
 * and is at most `maxLagSeconds` behind, and never for a user whose last write it has not replayed yet (their own
 * writes are read back from the primary, on every instance: the position is kept on the user's row).
 */
export type ReplicaStatus = 'ok' | 'behind' | 'down';

export interface ReplicaState {
  status: ReplicaStatus;
  /** WAL bytes the replica has still to replay; null when it could not be asked. */
  lagBytes: number | null;
  /** Seconds since the last transaction it replayed, 0 when it has replayed everything; null when down. */
  lagSeconds: number | null;
  /** The replica's replay position (`0/16B3748`), null when down. */
  replayLsn: string | null;
  checkedAt: string | null;
  /** Why it is bypassed, for /healthz and the log (no SQL, no parameters). */
  reason?: string;
}

export const DEFAULT_REPLICA_MAX_LAG_SECONDS = 10;
export const DEFAULT_REPLICA_CHECK_MS = 1_000;

/** A WAL position as a number (`X/Y`, both hexadecimal): comparable across servers of one cluster. */
export function lsnValue(lsn: string): bigint {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn.trim());
  if (!m) throw new Error(`not a WAL position: ${lsn}`);
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

/** Whether a replica replayed up to `replayLsn` has every write up to `writeLsn`. */
export function hasReplayed(replayLsn: string | null, writeLsn: string | null | undefined): boolean {
  if (!writeLsn) return true;
  if (!replayLsn) return false;
  return lsnValue(replayLsn) >= lsnValue(writeLsn);
}

export interface ReplicaMonitorOptions {
  primary: MikroORM;
  replica: MikroORM;
  maxLagSeconds?: number;
  intervalMs?: number;
  /** A change of status, for the log. */
  onChange?: (state: ReplicaState) => void;
}

export class ReplicaMonitor {
  readonly primary: MikroORM;
  readonly replica: MikroORM;
  /** Further behind than this, reads that can lag go to the primary (mutable: an operator or a test may change it). */
  maxLagSeconds: number;
  private readonly intervalMs: number;
  private readonly onChange: ((state: ReplicaState) => void) | undefined;
  private timer: NodeJS.Timeout | null = null;
  state: ReplicaState = { status: 'down', lagBytes: null, lagSeconds: null, replayLsn: null, checkedAt: null, reason: 'not checked yet' };

  constructor(o: ReplicaMonitorOptions) {
    this.primary = o.primary;
    this.replica = o.replica;
    this.maxLagSeconds = o.maxLagSeconds ?? DEFAULT_REPLICA_MAX_LAG_SECONDS;
    this.intervalMs = o.intervalMs ?? DEFAULT_REPLICA_CHECK_MS;
    this.onChange = o.onChange;
  }

  /** Asks both servers once and updates `state`. */
  async check(): Promise<ReplicaState> {
    const checkedAt = clock.now().toISOString();
    let next: ReplicaState;
    try {
      const [r] = (await (this.replica.em.fork() as SqlEntityManager).execute(
        `select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replay,
                extract(epoch from (now() - pg_last_xact_replay_timestamp()))::float8 as since`,
      )) as { standby: boolean; replay: string | null; since: number | null }[];
      if (!r?.standby || !r.replay) {
        next = { status: 'down', lagBytes: null, lagSeconds: null, replayLsn: null, checkedAt, reason: 'not a standby' };
      } else {
        const [p] = (await (this.primary.em.fork() as SqlEntityManager).execute(
          `select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), ?::pg_lsn)::float8 as bytes`,
          [r.replay],
        )) as { bytes: number }[];
        const lagBytes = Math.max(0, Math.round(p?.bytes ?? 0));
        const lagSeconds = lagBytes === 0 ? 0 : Math.max(0, Math.round((r.since ?? 0) * 10) / 10);
        const behind = lagSeconds > this.maxLagSeconds;
        next = {
          status: behind ? 'behind' : 'ok',
          lagBytes,
          lagSeconds,
          replayLsn: r.replay,
          checkedAt,
          ...(behind ? { reason: `more than ${this.maxLagSeconds} s behind` } : {}),
        };
      }
    } catch {
      next = { status: 'down', lagBytes: null, lagSeconds: null, replayLsn: null, checkedAt, reason: 'not answering' };
    }
    const changed = next.status !== this.state.status;
    this.state = next;
    if (changed) this.onChange?.(next);
    return next;
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      void this.check().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs).unref();
      });
    };
    this.timer = setTimeout(tick, 0).unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * A read on the replica failed because it is unavailable (stopped since the last check): bypass it at once, until
   * the next check finds it answering again.
   */
  markDown(reason: string): void {
    if (this.state.status === 'down') return;
    this.state = { status: 'down', lagBytes: null, lagSeconds: null, replayLsn: null, checkedAt: clock.now().toISOString(), reason };
    this.onChange?.(this.state);
  }

  /** Whether a read that can lag, by a user whose last write is at `writeLsn`, may go to the replica now. */
  serves(writeLsn: string | null | undefined): boolean {
    return this.state.status === 'ok' && hasReplayed(this.state.replayLsn, writeLsn);
  }
}

/**
 * After a user's write has committed on the primary: their reads stay on the primary until the replica has it. The
 * insert position, not pg_current_wal_lsn(): with asynchronous commit the commit record may not be written out yet.
 */
export async function recordUserWrite(primary: SqlEntityManager, userId: number): Promise<void> {
  await primary.execute(`update app_user set last_write_lsn = pg_current_wal_insert_lsn()::text where id = ?`, [userId]);
}
