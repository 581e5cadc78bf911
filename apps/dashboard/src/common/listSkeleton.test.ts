import { describe, expect, it } from 'vitest';

/** Every source file by its path from src (this folder's files come as `./X`), tests left out. */
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.d.ts'], { query: '?raw', import: 'default', eager: true }),
  ).map(([path, text]) => [path.startsWith('./') ? `common/${path.slice(2)}` : path.slice(3), text]),
);

const reactAdminImports = (text: string): string[] =>
  [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'react-admin'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!));

describe('lists load behind one shared skeleton', () => {
  it('every resource list is an AppList (react-admin’s List with the skeleton), none uses List directly', () => {
    const direct = Object.keys(sources).filter((path) => path !== 'common/ListSkeleton.tsx' && reactAdminImports(sources[path]!).includes('List'));
    expect(direct).toEqual([]);
    const appLists = Object.keys(sources).filter((path) => /<AppList\b/.test(sources[path]!));
    expect(appLists.length).toBeGreaterThanOrEqual(14);
  });

  it('no page draws its own loading rows: MUI’s Skeleton is used by the shared component only', () => {
    const own = Object.keys(sources).filter(
      (path) =>
        path !== 'common/ListSkeleton.tsx' &&
        /\bSkeleton\b[^'"]*from '@mui\/material'|import \{[^}]*\bSkeleton\b[^}]*\} from '@mui\/material'/.test(sources[path]!),
    );
    expect(own).toEqual([]);
  });

  it('the pages that query their own tables show the skeleton, not a spinner, while they load', () => {
    for (const path of [
      'features/credit/pages/RankingPage.tsx',
      'features/credit/pages/Boards.tsx',
      'features/credit/pages/FirmSearch.tsx',
      'features/credit/pages/CreditPage.tsx',
      'features/credit/ratings/RatingPages.tsx',
      'features/campaign/bulletins/BulletinPages.tsx',
      'features/campaign/campaign/CampaignPage.tsx',
      'features/admin/apiTokens/ApiTokensPage.tsx',
      'features/committees/RegisterPage.tsx',
      'features/consequences/HandoversPage.tsx',
      'notifications/Notifications.tsx',
    ]) {
      expect(sources[path], path).toMatch(/<QueryState list\b/);
    }
    expect(sources['features/closedLoop/inbox/InboxPage.tsx']).toMatch(/<ListSkeleton \/>/);
  });
});
