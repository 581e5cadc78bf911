import { listedOn, ratingsIn, type RatingSnapshot } from '@wuye/db';
import { z } from 'zod';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { todayOf } from '../today.js';
import { parseId } from '../write.js';
import { ListedFirmRef, RatedFirmRef } from './ratings.js';

/**
 * 信用中国-style public look-up: a firm by name or unified social credit code, and its public page. Anonymous callers
 * see only what is public already (docs/product.md §1): the published quarterly ratings and the red and black lists.
 */

type Row = RatingSnapshot['ranking'][number];
type Listed = RatingSnapshot['redList'][number] & { kind: 'RED' | 'BLACK' };
type PublicFirm = { latest: Row & { quarter: string }; history: (Row & { quarter: string })[]; listings: Listed[] };

/** At most this many firms per search. */
const SEARCH_SIZE = 50;

const PublicRatedFirmRef = builder.objectRef<Row & { quarter: string }>('PublicRatedFirm').implement({
  description: 'A firm’s place in one published quarterly rating',
  authScopes: { public: true },
  fields: (t) => ({
    quarter: t.exposeString('quarter'),
    rated: t.field({ type: RatedFirmRef, resolve: (r) => r }),
  }),
});

const PublicFirmRef = builder.objectRef<PublicFirm>('PublicFirm').implement({
  description: 'What is public about a firm: its places in the published ratings (newest first) and its current listings',
  authScopes: { public: true },
  fields: (t) => ({
    enterpriseId: t.id({ resolve: (f) => f.latest.enterpriseId }),
    name: t.string({ resolve: (f) => f.latest.name }),
    uscc: t.string({ resolve: (f) => f.latest.uscc }),
    latest: t.field({ type: PublicRatedFirmRef, description: 'Its place in the newest published rating', resolve: (f) => f.latest }),
    ratings: t.field({ type: [PublicRatedFirmRef], resolve: (f) => f.history }),
    listings: t.field({ type: [ListedFirmRef], description: 'Red and black list entries in force today', resolve: (f) => f.listings }),
  }),
});

/** Every published rating's rows by firm (newest rating first), and today's listings. */
async function publicFirms(ctx: Context): Promise<PublicFirm[]> {
  const ratings = await ratingsIn(ctx.em, ['PUBLISHED']);
  const today = todayOf(ctx);
  const listings = [
    ...(await listedOn(ctx.em, 'RED', today)).map((f) => ({ ...f, kind: 'RED' as const })),
    ...(await listedOn(ctx.em, 'BLACK', today)).map((f) => ({ ...f, kind: 'BLACK' as const })),
  ];
  const byFirm = new Map<number, PublicFirm>();
  for (const r of ratings) {
    for (const row of (r.snapshot as unknown as RatingSnapshot).ranking) {
      const placed = { ...row, quarter: r.quarter };
      const firm = byFirm.get(row.enterpriseId);
      if (firm) firm.history.push(placed);
      else byFirm.set(row.enterpriseId, { latest: placed, history: [placed], listings: listings.filter((l) => l.enterpriseId === row.enterpriseId) });
    }
  }
  return [...byFirm.values()];
}

/** Name containing the words, or the credit code starting with them (case-insensitive, blanks ignored). */
export function matchesFirm(firm: { name: string; uscc: string }, q: string): boolean {
  const needle = q.replace(/\s+/g, '').toUpperCase();
  if (!needle) return false;
  return firm.name.replace(/\s+/g, '').toUpperCase().includes(needle) || firm.uscc.toUpperCase().startsWith(needle);
}

builder.queryField('publicFirmSearch', (t) =>
  t.field({
    type: [PublicFirmRef],
    description: 'Firms of the published ratings whose name contains `q` or whose credit code starts with it (no login needed); up to 50',
    authScopes: { public: true },
    args: { q: t.arg.string({ required: true, validate: z.string().trim().min(1).max(100) }) },
    resolve: async (_r, { q }, ctx) =>
      (await publicFirms(ctx))
        .filter((f) => matchesFirm(f.latest, q))
        .sort((a, b) => a.latest.rank - b.latest.rank)
        .slice(0, SEARCH_SIZE),
  }),
);

builder.queryField('publicFirm', (t) =>
  t.field({
    type: PublicFirmRef,
    nullable: true,
    description: 'A firm’s public page: its places in the published ratings and its current listings (no login needed)',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, { id }, ctx) => {
      const wanted = parseId(String(id));
      return (await publicFirms(ctx)).find((f) => f.latest.enterpriseId === wanted) ?? null;
    },
  }),
);
