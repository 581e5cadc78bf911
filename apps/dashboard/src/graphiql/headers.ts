import { acceptLanguage } from '../i18n/locale';

/**
 * Headers GraphiQL adds to every request: the dashboard's session token, if any, and the dashboard's language
 * (react-admin stores it JSON-encoded under `RaStore.locale`).
 */
export function authHeaders(token: string | null, storedLocale: string | null): Record<string, string> {
  let locale: string | undefined;
  try {
    locale = storedLocale ? (JSON.parse(storedLocale) as string) : undefined;
  } catch {
    locale = undefined;
  }
  const headers: Record<string, string> = { 'Accept-Language': acceptLanguage(locale) };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}
