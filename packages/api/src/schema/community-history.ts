import { CommunityHistory } from '@wuye/db';
import { scopeOf } from '@wuye/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { CommunityRef, CommunityTypeEnum, ServiceModeEnum } from './refs/index.js';

/**
 * The registry's history of a community (issue 17): which firm served it, its kind and service mode and its
 * township, each version with the days it was in effect. A firm's manager sees the versions in which their own firm
 * served (a firm sees only its own firm); every other reader of the community sees them all.
 */
interface VersionShape {
  id: number;
  validFrom: string | null;
  validTo: string | null;
  type: string;
  serviceMode: string;
  enterpriseId: number | null;
  enterpriseName: string | null;
  townshipId: number;
  townshipName: string;
}

const CommunityVersionRef = builder.objectRef<VersionShape>('CommunityVersion').implement({
  description: '小区登记历史 — one version of a community in the registry, in effect from validFrom (inclusive) to validTo (exclusive)',
  authScopes: { perm: 'community:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true, description: 'First day in effect; null: since before the history was kept' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'First day no longer in effect; null: still in effect' }),
    type: t.field({ type: CommunityTypeEnum, resolve: (v) => v.type as never }),
    serviceMode: t.field({ type: ServiceModeEnum, resolve: (v) => v.serviceMode as never }),
    enterpriseId: t.id({ nullable: true, resolve: (v) => v.enterpriseId }),
    enterpriseName: t.string({ nullable: true, resolve: (v) => v.enterpriseName }),
    townshipId: t.id({ resolve: (v) => v.townshipId }),
    townshipName: t.exposeString('townshipName'),
  }),
});

builder.objectField(CommunityRef, 'history', (t) =>
  t.loadableList({
    type: CommunityVersionRef,
    authScopes: { perm: 'community:read' },
    description: 'The registry history of this community, newest first (issue 17)',
    load: async (ids: number[], ctx: Context) => {
      const rows = await ctx.em.find(
        CommunityHistory,
        { community: { $in: ids } },
        {
          populate: ['enterprise', 'township'],
          fields: ['community', 'validFrom', 'validTo', 'type', 'serviceMode', 'enterprise.name', 'township.name'],
          orderBy: { id: 'desc' },
        },
      );
      const s = scopeOf(ctx.principal);
      const byCommunity = new Map<number, VersionShape[]>(ids.map((id) => [id, []]));
      for (const h of rows) {
        if (s.kind === 'ENTERPRISE' && String(h.enterprise?.id ?? '') !== String(s.enterpriseId)) continue;
        byCommunity.get(h.community.id)?.push({
          id: h.id,
          validFrom: h.validFrom ?? null,
          validTo: h.validTo ?? null,
          type: h.type,
          serviceMode: h.serviceMode,
          enterpriseId: h.enterprise?.id ?? null,
          enterpriseName: h.enterprise?.name ?? null,
          townshipId: h.township.id,
          townshipName: h.township.name,
        });
      }
      return ids.map((id) => byCommunity.get(id) ?? []);
    },
    resolve: (c) => c.id,
  }),
);
