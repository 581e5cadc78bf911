import { HttpError, type AuthProvider } from 'ra-core';
import type { GraphQLRequest } from '../dataProvider/graphqlClient';
import { graphql } from '../gql';
import { canAccessResource, type Me } from './permissions';
import { clearToken, getToken, setToken } from './token';

export const LOGIN_MUTATION = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      __typename
      ... on LoginSuccess {
        token
        expiresAt
        user {
          id
          username
          displayName
          role
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      township {
        id
        name
      }
      department {
        id
        name
      }
      enterprise {
        id
        name
      }
      permissions
    }
  }
`);

export interface AuthProviderOptions {
  request: GraphQLRequest;
  /** resource name → permission prefix (`enterprises` → `enterprise`). */
  singleOf: (resource: string) => string | undefined;
  /** A resource's own permission for an action, when not `<single>:<action>`. */
  overrideOf?: (resource: string, action: 'read' | 'create' | 'update') => string | undefined;
}

export function createAuthProvider({ request, singleOf, overrideOf }: AuthProviderOptions): AuthProvider {
  // `me` is fetched once per session (per token) and shared by getIdentity, getPermissions and canAccess.
  let cached: { token: string; me: Promise<Me> } | null = null;
  const forget = () => {
    cached = null;
  };

  const fetchMe = (): Promise<Me> => {
    const token = getToken();
    if (!token) return Promise.reject(new HttpError('ra.auth.auth_check_error', 401));
    if (cached?.token === token) return cached.me;
    const me = request(ME_QUERY).then((data) => {
      if (!data.me) {
        clearToken();
        throw new HttpError('ra.auth.auth_check_error', 401);
      }
      return data.me;
    });
    me.catch(() => {
      if (cached?.me === me) forget();
    });
    cached = { token, me };
    return me;
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      clearToken();
      forget();
      const data = await request(LOGIN_MUTATION, { username, password });
      const result = data.login;
      if (result?.__typename === 'LoginSuccess') {
        setToken(result.token);
        return;
      }
      throw new Error(result?.message || 'ra.auth.sign_in_error');
    },

    async logout() {
      if (getToken()) {
        try {
          await request(LOGOUT_MUTATION);
        } catch {
          // The session may already be gone server-side; signing out locally is what matters.
        }
      }
      clearToken();
      forget();
    },

    async checkAuth() {
      if (!getToken()) throw { message: false };
    },

    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        clearToken();
        forget();
        throw error;
      }
      // 403 and everything else: stay signed in, the error is shown where it happened.
    },

    async getIdentity() {
      const me = await fetchMe();
      return { ...me, fullName: me.displayName };
    },

    // Nobody signed in has no permissions (not an error); a token the API no longer accepts is one (logs out).
    getPermissions: async () => (getToken() ? fetchMe() : undefined),

    async canAccess({ resource, action }) {
      try {
        return canAccessResource(await fetchMe(), singleOf, resource, action, overrideOf);
      } catch {
        return false;
      }
    },
  };
}
