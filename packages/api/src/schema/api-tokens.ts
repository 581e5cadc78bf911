import { ApiToken, apiTokensOf, createApiToken, revokeApiToken } from '@wuye/db';
import { builder } from '../builder.js';
import { notFound } from '../errors.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';

/** An analyst's own read-only API tokens: create (the token is shown once), list with last use, revoke. */
const TOKEN = 'entity.apiToken';

export const ApiTokenRef = builder.objectRef<ApiToken>('ApiToken').implement({
  description: 'A personal read-only API token (send it as `Authorization: Bearer <token>`); only its hash is stored',
  authScopes: { perm: 'apiToken:manage' },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    readOnly: t.exposeBoolean('readOnly'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

const CreatedTokenRef = builder.objectRef<{ token: string; apiToken: ApiToken }>('CreatedApiToken').implement({
  authScopes: { perm: 'apiToken:manage' },
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The token itself: shown this once, never again' }),
    apiToken: t.field({ type: ApiTokenRef, resolve: (c) => c.apiToken }),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.field({
    type: [ApiTokenRef],
    description: 'The caller’s own API tokens, newest first',
    authScopes: { perm: 'apiToken:manage' },
    resolve: (_r, _a, ctx) => apiTokensOf(ctx.em, ctx.user!.id),
  }),
);

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedTokenRef,
    authScopes: { perm: 'apiToken:manage' },
    errors: { types: WRITE_ERRORS },
    args: { name: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const created = await createApiToken(em, ctx.user!, a.name);
        return {
          result: created,
          audit: { action: 'apiToken.create', entityType: 'ApiToken', entityId: created.apiToken.id, changes: { name: created.apiToken.name } },
        };
      }),
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: ApiTokenRef,
    authScopes: { perm: 'apiToken:manage' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        // Only the owner's own tokens exist for them: anyone else's reads as not found.
        const row = await revokeApiToken(em, ctx.user!.id, parseId(a.id) ?? 0);
        if (!row) throw notFound(TOKEN, a.id, ctx.locale);
        return { result: row, audit: { action: 'apiToken.revoke', entityType: 'ApiToken', entityId: row.id, changes: null } };
      }),
  }),
);
