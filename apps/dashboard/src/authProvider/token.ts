/** The session token, shared by the dashboard and the GraphiQL page. */
export const TOKEN_KEY = 'wuye.token';

export function getToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

export function setToken(token: string): void {
  globalThis.localStorage?.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  try {
    globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // storage unavailable (private mode): nothing to clear
  }
}
