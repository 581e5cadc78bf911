// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from 'ra-core';
import type { GraphQLRequest } from '../dataProvider/graphqlClient';
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY, createAuthProvider } from './index';
import type { Me } from './permissions';
import { TOKEN_KEY } from './token';

const me: Me = {
  id: '5',
  username: 'ent_demo',
  displayName: '演示企业经理',
  role: 'ENTERPRISE',
  township: null,
  department: null,
  enterprise: { id: '12', name: '甲物业' },
  permissions: ['enterprise:read', 'community:read', 'projectManager:read', 'projectManager:create', 'projectManager:update'],
};

function setup(respond: (query: string, variables: Record<string, unknown>) => unknown) {
  const request = vi.fn(async (query: string, variables: Record<string, unknown> = {}) => respond(query, variables));
  const singles: Record<string, string> = { enterprises: 'enterprise', projectManagers: 'projectManager', users: 'user' };
  const provider = createAuthProvider({ request: request as unknown as GraphQLRequest, singleOf: (r) => singles[r] });
  return { provider, request };
}

beforeEach(() => localStorage.clear());

describe('auth provider', () => {
  it('logs in and stores the token', async () => {
    const { provider, request } = setup(() => ({
      login: { __typename: 'LoginSuccess', token: 'abc', expiresAt: '2026-01-01T08:00:00Z', user: { id: '5' } },
    }));
    await provider.login({ username: 'ent_demo', password: 'Demo@2026pass' });
    expect(localStorage.getItem(TOKEN_KEY)).toBe('abc');
    expect(request).toHaveBeenCalledWith(LOGIN_MUTATION, { username: 'ent_demo', password: 'Demo@2026pass' });
    await expect(provider.checkAuth({})).resolves.toBeUndefined();
  });

  it('rejects a failed login with the API message and keeps no token', async () => {
    localStorage.setItem(TOKEN_KEY, 'stale');
    const { provider } = setup(() => ({ login: { __typename: 'AuthError', message: '用户名或密码错误' } }));
    await expect(provider.login({ username: 'x', password: 'y' })).rejects.toThrow('用户名或密码错误');
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
    await expect(provider.checkAuth({})).rejects.toBeDefined();
  });

  it('logs out on the server, then forgets the token', async () => {
    localStorage.setItem(TOKEN_KEY, 'abc');
    const { provider, request } = setup(() => ({ logout: true }));
    await provider.logout({});
    expect(request).toHaveBeenCalledWith(LOGOUT_MUTATION);
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('still logs out locally when the server call fails', async () => {
    localStorage.setItem(TOKEN_KEY, 'abc');
    const { provider } = setup(() => {
      throw new HttpError('gone', 401);
    });
    await provider.logout({});
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('logs out on 401 only', async () => {
    localStorage.setItem(TOKEN_KEY, 'abc');
    const { provider } = setup(() => ({}));
    await expect(provider.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(localStorage.getItem(TOKEN_KEY)).toBe('abc');
    await expect(provider.checkError({ status: 401 })).rejects.toBeDefined();
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('reads identity and permissions from one cached `me` query per session', async () => {
    localStorage.setItem(TOKEN_KEY, 'abc');
    const { provider, request } = setup(() => ({ me }));
    const identity = await provider.getIdentity!();
    expect(identity).toMatchObject({ id: '5', fullName: '演示企业经理', role: 'ENTERPRISE', enterprise: { id: '12' } });
    expect(await provider.getPermissions!({})).toEqual(me);
    expect(await provider.canAccess!({ resource: 'projectManagers', action: 'create' })).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith(ME_QUERY);
  });

  it('fetches `me` again for a new session', async () => {
    localStorage.setItem(TOKEN_KEY, 'first');
    const { provider, request } = setup(() => ({ me }));
    await provider.getPermissions!({});
    localStorage.setItem(TOKEN_KEY, 'second');
    await provider.getPermissions!({});
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('treats a missing session as unauthenticated', async () => {
    localStorage.setItem(TOKEN_KEY, 'expired');
    const { provider } = setup(() => ({ me: null }));
    await expect(provider.getPermissions!({})).rejects.toMatchObject({ status: 401 });
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('answers canAccess from permissions: no create without it, never delete', async () => {
    localStorage.setItem(TOKEN_KEY, 'abc');
    const { provider } = setup(() => ({ me }));
    const can = (resource: string, action: string) => provider.canAccess!({ resource, action });
    expect(await can('enterprises', 'list')).toBe(true);
    expect(await can('enterprises', 'show')).toBe(true);
    expect(await can('enterprises', 'create')).toBe(false);
    expect(await can('enterprises', 'edit')).toBe(false);
    expect(await can('projectManagers', 'edit')).toBe(true);
    expect(await can('projectManagers', 'delete')).toBe(false);
    expect(await can('users', 'list')).toBe(false);
  });

  it('denies everything without a session, and has no permissions', async () => {
    const { provider, request } = setup(() => ({ me }));
    expect(await provider.canAccess!({ resource: 'enterprises', action: 'list' })).toBe(false);
    expect(await provider.getPermissions!({})).toBeUndefined();
    expect(request).not.toHaveBeenCalled();
  });
});
