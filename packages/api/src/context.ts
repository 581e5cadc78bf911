import type { Em, User } from '@wuye/db';
import type { Locale, Principal } from '@wuye/domain';

/** Per-request context: one EntityManager fork, the caller, and the caller's language. */
export interface Context {
  em: Em;
  principal: Principal | null;
  user: User | null;
  /** Id of the session behind the bearer token, for logout. */
  sessionId: number | null;
  locale: Locale;
  ip: string | null;
  userAgent: string | null;
  /** Set when the caller authenticated with a personal API token: read-only, mutations are refused. */
  apiTokenId?: number | null;
  /**
   * The credit version's token, read with the caller before anything runs and from the database `em` reads (the
   * server's response cache keys the ranking on it); absent or null: nothing is cached for this request.
   */
  creditToken?: string | null;
  /** A fixed "today" (YYYY-MM-DD) for tests of date-driven rules; absent: the date in Asia/Shanghai. */
  today?: string;
}

export function localeFromHeader(acceptLanguage: string | undefined | null): Locale {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh-CN';
}
