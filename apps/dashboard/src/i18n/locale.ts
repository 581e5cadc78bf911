export const DEFAULT_LOCALE = 'zh-CN';
export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
] as const;

/** The `Accept-Language` header the API localises its messages by. */
export const acceptLanguage = (locale: string | undefined): 'zh-CN' | 'en' => (locale?.startsWith('en') ? 'en' : 'zh-CN');
