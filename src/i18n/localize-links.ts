/**
 * Keeps readers in their interface language: in a translated page, every
 * link to another page of the site points to the same language. Pages
 * render their links language-neutral (as German paths, also in Markdown
 * written by contributors), and the layout passes the finished HTML through
 * here once, instead of every component and every Markdown file knowing
 * about languages.
 */
import { localizePath, type Locale } from './locales.ts';

// Astro always writes attribute values in double quotes.
const LINK_ATTRIBUTE = /(\s(?:href|action)=")(\/[^"]*)"/g;

export function localizeLinks(html: string, locale: Locale): string {
  return html.replace(LINK_ATTRIBUTE, (_match, attribute: string, path: string) => `${attribute}${localizePath(path, locale)}"`);
}
