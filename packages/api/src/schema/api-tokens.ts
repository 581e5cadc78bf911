import { ApiToken, clock } from '@wuye/db';
import { MAX_API_TOKENS, newApiToken } from '../api-tokens.js';
import { builder } from '../builder.js';
import { notFound } from '../errors.js';
import { auditedWrite, failIf, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';

/** An analyst's own read-only API tokens: create (the token is shown once), list with last use, revoke. */
const TOKEN = { 'zh-CN': 'API 令牌', en: 'API token' };

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
    resolve: (_r, _a, ctx) => ctx.em.find(ApiToken, { user: ctx.user!.id }, { orderBy: { id: 'desc' } }),
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
        const name = a.name.trim();
        const issues = [];
        if (!name) issues.push({ field: 'name', code: 'REQUIRED' });
        else if (Array.from(name).length > 100) issues.push({ field: 'name', code: 'TOO_LONG', params: { max: 100 } });
        if ((await em.count(ApiToken, { user: ctx.user!.id, revokedAt: null })) >= MAX_API_TOKENS) issues.push({ field: 'tokenId', code: 'ITEM_LIMIT_REACHED', params: { code: 'API', max: MAX_API_TOKENS } });
        failIf(issues, ctx);
        const { token, hash } = newApiToken();
        const row = em.create(ApiToken, { user: ctx.user!, name, tokenHash: hash, readOnly: true });
        await em.flush();
        return { result: { token, apiToken: row }, audit: { action: 'apiToken.create', entityType: 'ApiToken', entityId: row.id, changes: { name } } };
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
        const row = await em.findOne(ApiToken, { id: parseId(a.id) ?? 0, user: ctx.user!.id });
        if (!row) throw notFound(TOKEN, a.id, ctx.locale);
        row.revokedAt ??= clock.now();
        await em.flush();
        return { result: row, audit: { action: 'apiToken.revoke', entityType: 'ApiToken', entityId: row.id, changes: null } };
      }),
  }),
);
