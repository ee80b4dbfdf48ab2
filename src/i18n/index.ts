/**
 * Entry point for pages and components: `i18nFor(Astro.url)` gives the
 * page's language, its dictionary and helpers for dates and links.
 */
import { de, type Dictionary } from './de.ts';
import { en } from './en.ts';
import { CONTENT_LOCALE, LOCALES, localeFromPath, localizePath, type Locale } from './locales.ts';

const DICTIONARIES: Record<Locale, Dictionary> = { de, en };

export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

export interface PageI18n {
  locale: Locale;
  t: Dictionary;
  /** BCP 47 tag for Intl formatting. */
  intl: string;
  /** Path of a page in this language. */
  path: (path: string) => string;
  /**
   * `lang` for elements that show content (titles, summaries, bodies) on a
   * page whose interface is in another language; undefined when they match.
   */
  contentLang: string | undefined;
}

export function i18nFor(url: URL): PageI18n {
  const locale = localeFromPath(url.pathname);
  return {
    locale,
    t: DICTIONARIES[locale],
    intl: LOCALES[locale].intl,
    path: (path) => localizePath(path, locale),
    contentLang: locale === CONTENT_LOCALE ? undefined : LOCALES[CONTENT_LOCALE].htmlLang,
  };
}

/** Replaces "{name}" placeholders in strings that are also used by the search scripts. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
