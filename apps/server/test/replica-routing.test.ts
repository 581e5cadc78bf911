import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { Enterprise, ReplicaMonitor, Township } from '@wuye/db';
import { createTestOrm, dropTestOrm } from '@wuye/db/testing';
import { withUsccCheckChar } from '@wuye/domain';
import { startServer, type Running } from './harness.js';

/**
 * Which GraphQL reads go to the replica is decided on the operation Apollo parsed and chose: the server's own code
 * parses no document to route it (it used to parse every request's document a second time, before Apollo). Apollo
 * loads its own copy of graphql (a dependency outside the workspace), so the count below is the server's parses only.
 * The "replica" here is a second SQLite database holding the same firm under another name, so an answer shows where it
 * was read; replica.test.ts does the same on a real PostgreSQL streaming replica.
 */
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('graphql', async (importOriginal) => {
  const graphql = await importOriginal<typeof import('graphql')>();
  return {
    ...graphql,
    parse: (...args: Parameters<typeof graphql.parse>) => {
      parses.count++;
      return graphql.parse(...args);
    },
  };
});

type Answer = { data?: { enterprise?: { name: string } | null; ranking?: { total: number } } | null; errors?: { message: string }[] };

describe('routing reads to a replica', () => {
  let s: Running;
  let replica: MikroORM;
  let monitor: ReplicaMonitor;
  let firmId: number;
  let analyst: string;
  let admin: string;

  beforeAll(async () => {
    replica = await createTestOrm({ driver: 'sqlite' });
    // Never started and told its state by the test; its `primary` is asked only by check() and after a signed-in
    // caller's mutation, neither of which happens here.
    monitor = new ReplicaMonitor({ primary: replica, replica });
    monitor.state = { status: 'ok', lagBytes: 0, lagSeconds: 0, replayLsn: '0/0', checkedAt: null };
    s = await startServer('sqlite', { replica: monitor });
    firmId = (await s.orm.em.fork().findOneOrFail(Enterprise, { name: '安居物业服务有限公司' })).id;
    const em = replica.em.fork();
    const town = em.create(Township, { name: '城关镇', code: 'CG' });
    em.create(Enterprise, { id: firmId, name: '安居物业（副本）', uscc: withUsccCheckChar('91330100MA0000001'), legalRepresentative: '王', township: town });
    await em.flush();
    analyst = await s.login('analyst');
    admin = await s.login('admin');
  });
  afterAll(async () => {
    await s?.stop();
    if (replica) await dropTestOrm(replica);
  });

  const ask = async (query: string, token: string, operationName?: string) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, ...(operationName ? { operationName } : {}) }),
    });
    const body = (await res.json()) as Answer;
    return { from: res.headers.get('x-read-from'), data: body.data ?? null, errors: body.errors };
  };
  const firm = () => `{ enterprise(id: "${firmId}") { name } }`;

  it('sends an analyst’s query and the ranking to the replica, other reads to the primary, without parsing them', async () => {
    parses.count = 0;
    const q = await ask(firm(), analyst);
    expect(q).toEqual({ from: 'replica', data: { enterprise: { name: '安居物业（副本）' } }, errors: undefined });
    // Again: Apollo's document cache has it now, and it still goes to the replica.
    expect((await ask(firm(), analyst)).from).toBe('replica');
    expect((await ask(`{ ranking(perPage: 5) { total } }`, admin)).from).toBe('replica');
    const own = await ask(firm(), admin);
    expect(own).toEqual({ from: null, data: { enterprise: { name: '安居物业服务有限公司' } }, errors: undefined });
    // The operation named in the request is the one that decides.
    const two = `query Firm { enterprise(id: "${firmId}") { name } } query Rank { ranking(perPage: 5) { total } }`;
    expect((await ask(two, admin, 'Rank')).from).toBe('replica');
    expect(await ask(two, admin, 'Firm')).toEqual({ from: null, data: { enterprise: { name: '安居物业服务有限公司' } }, errors: undefined });
    expect(parses.count).toBe(0);
  });

  it('reads from the primary while the replica does not serve, and says so', async () => {
    monitor.state = { status: 'behind', lagBytes: 10, lagSeconds: 60, replayLsn: '0/0', checkedAt: null, reason: 'more than 10 s behind' };
    try {
      expect(await ask(firm(), analyst)).toEqual({ from: 'primary', data: { enterprise: { name: '安居物业服务有限公司' } }, errors: undefined });
    } finally {
      monitor.state = { status: 'ok', lagBytes: 0, lagSeconds: 0, replayLsn: '0/0', checkedAt: null };
    }
  });
});
