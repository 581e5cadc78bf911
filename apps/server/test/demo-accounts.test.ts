import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@wuye/db';
import { describe, expect, it } from 'vitest';
import * as loginPage from '../../dashboard/src/login/demoAccounts.js';

// The login page lists the demo logins from its own copy: a newcomer clicking one must get a login that exists.
describe('the login page’s demo accounts', () => {
  it('are the seeded demo logins, with the same password, role and scope', () => {
    expect(loginPage.DEMO_PASSWORD).toBe(DEMO_PASSWORD);
    expect(loginPage.DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.scope ?? null])).toEqual(DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.scope]));
  });
});
