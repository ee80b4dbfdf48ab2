/**
 * The interface languages and the URL scheme between them. German is the
 * default and lives at the root; every other language mirrors the same
 * pages below its prefix (/en/treffen/…). Content stays German unless a
 * contributor translates it, and pages say so.
 */

export const LOCALES = {
  de: { label: 'Deutsch', htmlLang: 'de', dir: 'ltr', ogLocale: 'de_DE', prefix: '', intl: 'de-DE' },
  en: { label: 'English', htmlLang: 'en', dir: 'ltr', ogLocale: 'en_GB', prefix: '/en', intl: 'en-GB' },
} as const satisfies Record<string, LocaleConfig>;

export interface LocaleConfig {
  /** The language's own name, shown in the language switch. */
  label: string;
  htmlLang: string;
  /** Writing direction; an Arabic or Farsi interface sets 'rtl' and the logical CSS follows. */
  dir: 'ltr' | 'rtl';
  ogLocale: string;
  /** URL prefix of the language's pages; empty for the default. */
  prefix: string;
  /** BCP 47 tag for dates and numbers. */
  intl: string;
}

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'de';
/** The language all content is written in. */
export const CONTENT_LOCALE: Locale = 'de';
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
export const TRANSLATED_LOCALES = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);

export function localeFromPath(pathname: string): Locale {
  for (const code of TRANSLATED_LOCALES) {
    const { prefix } = LOCALES[code];
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return code;
  }
  return DEFAULT_LOCALE;
}

/** The same page without the language prefix: "/en/treffen/" → "/treffen/". */
export function unlocalizedPath(pathname: string): string {
  const { prefix } = LOCALES[localeFromPath(pathname)];
  return prefix ? pathname.slice(prefix.length) || '/' : pathname;
}

/** "/treffen/" in English → "/en/treffen/". Only site-relative page paths are given a prefix. */
export function localizePath(path: string, locale: Locale): string {
  const { prefix } = LOCALES[locale];
  if (!prefix || !isLocalizablePath(path)) return path;
  return `${prefix}${path}`;
}

/**
 * Pages end in "/" (trailingSlash: 'always'); files (downloads, feeds,
 * calendars, the search index) have an extension and exist once for all
 * languages, so they keep their address.
 */
export function isLocalizablePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//')) return false;
  const pathname = path.split(/[?#]/, 1)[0]!;
  if (!pathname.endsWith('/')) return false;
  return localeFromPath(pathname) === DEFAULT_LOCALE;
}
