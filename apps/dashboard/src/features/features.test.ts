import { describe, expect, it } from 'vitest';
import { FEATURES, MENU_ORDER } from '.';
import { resourceRegistry } from './resources';

describe('the features App assembles', () => {
  it('every resource has its config, views in exactly one feature and a place in the menu', () => {
    const names = Object.keys(resourceRegistry).sort();
    const viewed = FEATURES.flatMap((f) => Object.keys(f.views)).sort();
    expect(viewed).toEqual(names);
    expect([...MENU_ORDER].sort()).toEqual(names);
  });

  it('no two pages claim the same path', () => {
    const paths = FEATURES.flatMap((f) => f.pages.map((p) => p.path));
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('menus trimmed to what each role uses', () => {
  it('a firm manager reaches its own firm through 我的企业 and does not see reference lists or GraphiQL', async () => {
    const { menuHides } = await import('.');
    for (const entry of ['enterprises', 'townships', 'departments', '/graphiql', '/ratings']) expect(menuHides('ENTERPRISE', entry), entry).toBe(true);
    for (const entry of ['issues', 'complaints', 'creditRecords', 'objections', 'repairApplications', 'communities'])
      expect(menuHides('ENTERPRISE', entry), entry).toBe(false);
    for (const entry of ['enterprises', 'townships', '/graphiql', '/ratings']) expect(menuHides('ANALYST', entry), entry).toBe(false);
    expect(menuHides(undefined, 'enterprises')).toBe(false);
  });
});
