/**
 * Incremental-build keys: for each page built from getStaticPaths(), a hash
 * of exactly the data it renders, so Astro's `experimental.incrementalBuild`
 * copies last build's file when the key is unchanged and renders the page
 * again when anything it shows changed. Astro adds the page's code (the
 * route's module graph, dictionary and site config included), the config
 * and the lockfile on its side.
 *
 * What goes into a key (docs/incremental-builds.md explains why each part):
 * - the page's own entry: its front matter as parsed, its file as Astro's
 *   digest (the store keeps no bodies, src/content.config.ts), its last git change and
 *   the contents of each download it lists (a meeting page shows their size,
 *   page count and preview); a document page's file;
 * - for every entry the page model says it shows or chooses from
 *   (`SitePage.shows`), that entry's card: its front matter and the titles
 *   of what it references, the facts a card or a related link prints;
 * - the page's share card, whose text and address the head carries;
 * - the site's shape every page's navigation shows: which collections have
 *   entries, and the footer's pages.
 *
 * Pure: the build feeds it Astro's entries (site-pages.ts); tests feed it
 * small hand-made sites.
 */
import { createHash } from 'node:crypto';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import type { SitePage } from './page-model.ts';
import type { AnyEntry, SiteIndex } from './site-index.ts';
import { downloadFields } from './downloads.ts';

export interface PageKeyInputs {
  index: SiteIndex;
  pages: readonly SitePage[];
  /** Last git change of the entry's file, if known. */
  changedInGit(entry: AnyEntry): Date | undefined;
  /** A hash of a download's bytes (/downloads/…), or anything else that changes whenever they do. */
  fileFingerprint(href: string): string;
}

/** Page kinds whose address comes from getStaticPaths() and can be reused. */
const KEYED_KINDS = new Set<SitePage['kind']>(['entry', 'funding-value', 'document', 'archived']);

const hash = (...parts: readonly string[]) => {
  const hasher = createHash('sha256');
  for (const part of parts) hasher.update(part).update('\0');
  return hasher.digest('base64url');
};

/** Every key by the page's default-language address; the /en/ mirror of a page has the same inputs. */
export function pageCacheKeys({ index, pages, changedInGit, fileFingerprint }: PageKeyInputs): Map<string, string> {
  const cards = new Map<string, string>();
  const cardOf = (id: string): string => {
    let digest = cards.get(id);
    if (digest === undefined) {
      const entry = entryByKey(index, id);
      digest = entry
        ? hash(
            JSON.stringify(entry.data),
            ...index.referencesFrom(entry).map((ref) => `${ref.target}/${ref.id}=${index.get(ref.target, ref.id)?.data.title ?? ''}`),
          )
        : 'missing';
      cards.set(id, digest);
    }
    return digest;
  };

  const shape = hash(
    ...COLLECTION_NAMES.map((name) => `${name}:${index.all(name).length > 0}`),
    ...index
      .all('pages')
      .filter((page) => page.data.footer)
      .map((page) => `${page.id}=${page.data.title}`),
  );

  const keys = new Map<string, string>();
  for (const page of pages) {
    if (!KEYED_KINDS.has(page.kind)) continue;
    const own = page.entry ? entryByKey(index, page.entry) : undefined;
    keys.set(
      page.path,
      hash(
        shape,
        JSON.stringify(page.card),
        JSON.stringify(page.removal ?? null),
        own ? hash(JSON.stringify(own.data), fileDigest(own), changedInGit(own)?.toISOString() ?? '', ...downloadFields(own).map(fileFingerprint)) : '',
        page.file ? fileFingerprint(page.file) : '',
        ...[...page.shows].sort().map((id) => `${id}:${cardOf(id)}`),
      ),
    );
  }
  return keys;
}

/** Astro's hash of the entry's whole file, body included: without it a body edit could leave a page stale. */
function fileDigest(entry: AnyEntry): string {
  if (entry.digest === undefined) throw new Error(`Eintrag ohne Digest (${entry.collection}/${entry.id}): die Seitenschlüssel brauchen ihn.`);
  return String(entry.digest);
}

function entryByKey(index: SiteIndex, key: string): AnyEntry | undefined {
  const slash = key.indexOf('/');
  return index.get(key.slice(0, slash) as AnyEntry['collection'], key.slice(slash + 1));
}
