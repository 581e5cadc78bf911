import type { ApolloServerPlugin } from '@apollo/server';
import { isApiToken, sessionForToken, userForApiToken, type Context } from '@wuye/api';
import type { Em, User } from '@wuye/db';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';

/**
 * Who is calling: a bearer token is either a login session or, when it starts with `wuye_`, an analyst's personal
 * API token. An API token acts as its owner but read-only: every mutation is refused (readOnlyTokensPlugin).
 */
export interface Caller {
  user: User;
  sessionId: number | null;
  apiTokenId: number | null;
}

export function bearer(req: Request): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

export async function authenticate(em: Em, token: string | null): Promise<Caller | null> {
  if (!token) return null;
  if (isApiToken(token)) {
    const found = await userForApiToken(em, token);
    return found ? { user: found.user, sessionId: null, apiTokenId: found.token.id } : null;
  }
  const live = await sessionForToken(em, token);
  return live ? { user: live.user, sessionId: live.session.id, apiTokenId: null } : null;
}

const READ_ONLY = { 'zh-CN': 'API 令牌只能读取数据，不能修改', en: 'API tokens are read-only: mutations are refused' } as const;

/** Refuses any mutation made with an API token, before anything runs. */
export function readOnlyTokensPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.apiTokenId && operation?.operation === 'mutation') {
            throw new GraphQLError(READ_ONLY[contextValue.locale], { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}
