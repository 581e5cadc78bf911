import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'ra-core';
import { appChinese } from './appChinese';
import { appEnglish } from './appEnglish';
import { DEFAULT_LOCALE, LOCALES } from './locale';
import { raChinese } from './raChinese';

export const chineseMessages = { ...raChinese, ...appChinese } as TranslationMessages;
export const englishAppMessages = { ...englishMessages, ...appEnglish } as TranslationMessages;

export const messagesFor = (locale: string): TranslationMessages => (locale.startsWith('en') ? englishAppMessages : chineseMessages);

export const i18nProvider = polyglotI18nProvider(messagesFor, DEFAULT_LOCALE, [...LOCALES], { allowMissing: true });
