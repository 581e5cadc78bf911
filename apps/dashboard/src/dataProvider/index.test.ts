import { HttpError } from 'ra-core';
import { describe, expect, it, vi } from 'vitest';
import type { GraphQLRequest } from './graphqlClient';
import { createDataProvider, fetchPaged } from './index';
import { resourceRegistry } from '../features/resources';

type Call = { query: string; variables: Record<string, unknown> };

function mockRequest(respond: (call: Call) => unknown) {
  const calls: Call[] = [];
  // The fake sees what the real client posts: the document's text.
  const request = vi.fn(async (document: { toString(): string }, variables: Record<string, unknown> = {}) => {
    const call = { query: document.toString(), variables };
    calls.push(call);
    return respond(call);
  }) as unknown as GraphQLRequest;
  return { request, calls };
}

const page = (resource: string, items: unknown[], total = items.length) => ({ [resource]: { items, total } });

describe('data provider', () => {
  it('getOne of a resource without a single-record field reads the list by id', async () => {
    const { request, calls } = mockRequest(() => page('objections', [{ id: '7', status: 'PENDING' }]));
    const provider = createDataProvider(request, resourceRegistry);
    expect(await provider.getOne('objections', { id: 7 })).toEqual({ data: { id: '7', status: 'PENDING' } });
    expect(calls[0]!.query).toContain('objections(');
    expect(calls[0]!.variables).toMatchObject({ page: 1, perPage: 1, filter: { ids: ['7'] } });
    const empty = mockRequest(() => page('objections', []));
    await expect(createDataProvider(empty.request, resourceRegistry).getOne('objections', { id: 8 })).rejects.toBeInstanceOf(HttpError);
  });

  it('creates a credit record through proposeCreditRecord', async () => {
    const { request, calls } = mockRequest(() => ({
      proposeCreditRecord: { __typename: 'MutationProposeCreditRecordSuccess', data: { id: '9', status: 'PUBLICIZING' } },
    }));
    const provider = createDataProvider(request, resourceRegistry);
    const result = await provider.create('creditRecords', {
      data: { subjectType: 'ENTERPRISE', enterpriseId: '3', itemCode: 'B6', effectiveFrom: '2026-11-01', reason: '通报批评', bogus: 1 },
    });
    expect(result.data).toEqual({ id: '9', status: 'PUBLICIZING' });
    expect(calls[0]!.query).toContain('proposeCreditRecord(input: $input)');
    expect(calls[0]!.query).toContain('$input: ProposeCreditRecordInput!');
    expect(calls[0]!.variables.input).not.toHaveProperty('bogus');
  });

  it('getList sends react-admin pagination, sort and filter', async () => {
    const { request, calls } = mockRequest(() => page('enterprises', [{ id: '1', name: '甲' }], 41));
    const provider = createDataProvider(request, resourceRegistry);
    const result = await provider.getList('enterprises', {
      pagination: { page: 2, perPage: 20 },
      sort: { field: 'score', order: 'DESC' },
      filter: { q: '甲', status: 'ACTIVE', grade: '' },
    });
    expect(result).toEqual({ data: [{ id: '1', name: '甲' }], total: 41 });
    expect(calls[0]!.query).toContain('enterprises(');
    expect(calls[0]!.variables).toEqual({
      page: 2,
      perPage: 20,
      sortField: 'score',
      sortOrder: 'DESC',
      filter: { q: '甲', status: 'ACTIVE' },
    });
  });

  it('a total the server counted only up to its cap reaches the pager as meta.totalCapped; an exact one carries no meta', async () => {
    const { request, calls } = mockRequest(() => ({ issues: { items: [{ id: '1' }], total: 10000, totalCapped: true } }));
    const provider = createDataProvider(request, resourceRegistry);
    const params = { pagination: { page: 1, perPage: 25 }, sort: { field: 'updatedAt', order: 'DESC' as const }, filter: {} };
    expect(await provider.getList('issues', params)).toEqual({ data: [{ id: '1' }], total: 10000, meta: { totalCapped: true } });
    expect(calls[0]!.query).toMatch(/total\s+totalCapped/);
    const exact = mockRequest(() => ({ issues: { items: [{ id: '1' }], total: 1, totalCapped: false } }));
    expect(await createDataProvider(exact.request, resourceRegistry).getList('issues', params)).toEqual({ data: [{ id: '1' }], total: 1 });
  });

  it('getList reads more than the API page cap in batches (exports)', async () => {
    const all = Array.from({ length: 250 }, (_, i) => ({ id: String(i + 1) }));
    const { request, calls } = mockRequest(({ variables }) => {
      const p = variables.page as number;
      const n = variables.perPage as number;
      return page('communities', all.slice((p - 1) * n, p * n), all.length);
    });
    const provider = createDataProvider(request, resourceRegistry);
    const result = await provider.getList('communities', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(result.total).toBe(250);
    expect(result.data).toHaveLength(250);
    expect(calls.map((c) => [c.variables.page, c.variables.perPage])).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
  });

  it('getOne asks the single field and 404s on null', async () => {
    const { request, calls } = mockRequest(({ variables }) => ({ township: variables.id === '7' ? { id: '7', name: '城关镇' } : null }));
    const provider = createDataProvider(request, resourceRegistry);
    expect((await provider.getOne('townships', { id: 7 })).data).toEqual({ id: '7', name: '城关镇' });
    expect(calls[0]!.query).toBe(resourceRegistry.townships!.documents.one!.toString());
    expect(calls[0]!.query).toContain('township(id: $id)');
    await expect(provider.getOne('townships', { id: 8 })).rejects.toMatchObject({ status: 404 });
  });

  it('getMany filters by ids', async () => {
    const { request, calls } = mockRequest(() => page('townships', [{ id: '1' }, { id: '2' }]));
    const provider = createDataProvider(request, resourceRegistry);
    const result = await provider.getMany('townships', { ids: [1, '2', 1] });
    expect(result.data).toEqual([{ id: '1' }, { id: '2' }]);
    expect(calls[0]!.variables).toEqual({ page: 1, perPage: 2, filter: { ids: ['1', '2'] } });
  });

  it('getManyReference filters by the target field', async () => {
    const { request, calls } = mockRequest(() => page('communities', [{ id: '3' }], 1));
    const provider = createDataProvider(request, resourceRegistry);
    const result = await provider.getManyReference('communities', {
      target: 'enterpriseId',
      id: 5,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(result).toEqual({ data: [{ id: '3' }], total: 1 });
    expect(calls[0]!.variables).toEqual({ page: 1, perPage: 10, sortField: 'name', sortOrder: 'ASC', filter: { enterpriseId: 5 } });
  });

  it('create sends the whitelisted input and returns the Success data', async () => {
    const { request, calls } = mockRequest(() => ({
      createProjectManager: { __typename: 'MutationCreateProjectManagerSuccess', data: { id: '11', name: '王五' } },
    }));
    const provider = createDataProvider(request, resourceRegistry);
    const result = await provider.create('projectManagers', {
      data: { name: '王五', enterpriseId: '4', certificateNo: 'PM-1', phone: '13800000000', enterprise: { id: '4' }, appointments: [] },
    });
    expect(result.data).toEqual({ id: '11', name: '王五' });
    expect(calls[0]!.query).toContain('createProjectManager(input: $input)');
    expect(calls[0]!.variables).toEqual({ input: { name: '王五', enterpriseId: '4', certificateNo: 'PM-1', phone: '13800000000' } });
  });

  it('update sends the changed fields and throws server-side validation errors', async () => {
    const { request, calls } = mockRequest(() => ({
      updateEnterprise: {
        __typename: 'ValidationError',
        message: '输入有误',
        fieldErrors: [{ field: 'uscc', message: '校验码错误' }],
      },
    }));
    const provider = createDataProvider(request, resourceRegistry);
    const previousData = { id: '1', name: '甲', uscc: '91350100M000100Y43', score: 80, township: { id: '1', name: 'x' } };
    const error = await provider
      .update('enterprises', { id: '1', data: { ...previousData, uscc: '91350100M000100Y44' }, previousData })
      .catch((e: unknown) => e);
    expect(calls[0]!.variables).toEqual({ id: '1', input: { uscc: '91350100M000100Y44' } });
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toEqual({ errors: { uscc: '校验码错误', root: { serverError: '输入有误' } } });
  });

  it('refuses deletes, bulk updates, writes to read-only resources and unknown resources', async () => {
    const { request } = mockRequest(() => ({}));
    const provider = createDataProvider(request, resourceRegistry);
    await expect(provider.delete('enterprises', { id: 1 })).rejects.toMatchObject({ status: 405 });
    await expect(provider.deleteMany('enterprises', { ids: [1] })).rejects.toThrow(/not supported/);
    await expect(provider.updateMany('enterprises', { ids: [1], data: {} })).rejects.toThrow(/not supported/);
    await expect(provider.create('auditLogs', { data: {} })).rejects.toMatchObject({ status: 405 });
    await expect(provider.getList('bogusResources', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).rejects.toThrow(
      /Unknown resource/,
    );
  });
});

describe('fetchPaged', () => {
  const rows = Array.from({ length: 430 }, (_, i) => i + 1);
  const source = async (p: number, n: number) => ({ items: rows.slice((p - 1) * n, p * n).map((id) => ({ id })), total: rows.length });

  it('passes small pages through', async () => {
    const fetchPage = vi.fn(source);
    await fetchPaged(fetchPage, 3, 25);
    expect(fetchPage).toHaveBeenCalledWith(3, 25);
  });

  it('assembles a large page from batches, starting at the right offset', async () => {
    const result = await fetchPaged(source, 2, 250, 100);
    expect(result.total).toBe(430);
    expect(result.items.map((r) => r.id)).toEqual(rows.slice(250, 430));
  });
});
