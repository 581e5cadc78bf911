import { ConnectionException, DriverException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { databaseUnavailableReason, isDatabaseUnavailable } from './unavailable.js';

const withFields = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

describe('databaseUnavailableReason', () => {
  it('recognises PostgreSQL going away, refusing or out of reach', () => {
    expect(databaseUnavailableReason(withFields('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', errno: -111 }))).toBe('ECONNREFUSED');
    expect(databaseUnavailableReason(withFields('read ECONNRESET', { code: 'ECONNRESET' }))).toBe('ECONNRESET');
    expect(databaseUnavailableReason(withFields('select 1 - terminating connection due to administrator command', { code: '57P01' }))).toBe('57P01');
    expect(databaseUnavailableReason(withFields('the database system is starting up', { code: '57P03' }))).toBe('57P03');
    expect(databaseUnavailableReason(withFields('the database system is in recovery mode', { code: '57P02' }))).toBe('57P02');
    expect(databaseUnavailableReason(withFields('connection failure', { code: '08006' }))).toBe('08006');
    expect(databaseUnavailableReason(withFields('sorry, too many clients already', { code: '53300' }))).toBe('53300');
    expect(databaseUnavailableReason(new Error('select 1 - Connection terminated unexpectedly'))).toBe('connection-terminated');
    expect(databaseUnavailableReason(new Error('Client has encountered a connection error and is not queryable'))).toBe('connection-terminated');
  });

  it('recognises a pool that hands out no connection in time', () => {
    const knex = Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'), {
      name: 'KnexTimeoutError',
    });
    expect(databaseUnavailableReason(knex)).toBe('pool-timeout');
    expect(databaseUnavailableReason(new Error('timeout exceeded when trying to connect'))).toBe('pool-timeout');
  });

  it('recognises SQLite busy past its timeout, also as MikroORM converts it', () => {
    const busy = withFields('database is locked', { code: 'SQLITE_BUSY' });
    expect(databaseUnavailableReason(busy)).toBe('SQLITE_BUSY');
    expect(databaseUnavailableReason(new LockWaitTimeoutException(busy))).toBe('SQLITE_BUSY');
    expect(databaseUnavailableReason(withFields('database is locked', { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe('SQLITE_BUSY');
    expect(databaseUnavailableReason(new ConnectionException(withFields('unable to open database file', { code: 'SQLITE_CANTOPEN' })))).toBe('SQLITE_CANTOPEN');
  });

  it('looks through the wrappers: MikroORM, GraphQL originalError, cause', () => {
    const driver = new DriverException(withFields('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' }));
    expect(databaseUnavailableReason({ message: 'Unexpected error', originalError: driver })).toBe('ECONNREFUSED');
    expect(databaseUnavailableReason(new Error('job failed', { cause: withFields('x', { code: '57P01' }) }))).toBe('57P01');
    // A cycle of causes ends.
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(databaseUnavailableReason(a)).toBeNull();
  });

  it('leaves bugs and refusals alone', () => {
    expect(isDatabaseUnavailable(new UniqueConstraintViolationException(withFields('duplicate key value violates unique constraint', { code: '23505' })))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(withFields('syntax error at or near "selec"', { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(withFields('UNIQUE constraint failed: app_user.username', { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
