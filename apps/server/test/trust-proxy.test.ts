import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../src/env.js';
import { startServer, type Running } from './harness.js';

describe('TRUST_PROXY', () => {
  it('is parsed: none, a number of hops, addresses and ranges; anything else stops the start', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.5, 10.0.0.0/24,loopback,::1')).toEqual(['10.0.0.5', '10.0.0.0/24', 'loopback', '::1']);
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('nginx.local')).toThrow(/"nginx.local" is not an address/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('99')).toThrow(/at most 10/);
  });

  const ask = (s: Running, forwardedFor: string) =>
    fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).then((r) => r.status);
  const rateLimits = { perAddressPerMinute: 2, perTokenPerMinute: 0, loginPerMinute: 0, loginPerHour: 0 };

  describe('behind a trusted proxy (loopback)', () => {
    let s: Running;
    beforeAll(async () => {
      s = await startServer('sqlite', { trustProxy: parseTrustProxy('loopback'), rateLimits });
    });
    afterAll(() => s.stop());
    it('counts the rate limit per client address from X-Forwarded-For', async () => {
      expect([await ask(s, '203.0.113.7'), await ask(s, '203.0.113.7'), await ask(s, '203.0.113.7')]).toEqual([200, 200, 429]);
      // Another client behind the same proxy keeps its own allowance.
      expect(await ask(s, '198.51.100.9')).toBe(200);
    });
  });

  describe('with no proxy trusted', () => {
    let s: Running;
    beforeAll(async () => {
      s = await startServer('sqlite', { trustProxy: parseTrustProxy(''), rateLimits });
    });
    afterAll(() => s.stop());
    it('ignores X-Forwarded-For: a client cannot pick the address its limit counts against', async () => {
      expect([await ask(s, '203.0.113.7'), await ask(s, '198.51.100.1'), await ask(s, '198.51.100.2')]).toEqual([200, 200, 429]);
    });
  });
});
