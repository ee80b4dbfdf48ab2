/**
 * Checks every internal link of a built site: pages, in-page anchors,
 * downloads, images, scripts and stylesheets. External links are left
 * alone (no network here, and other sites' uptime is not ours to test).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  /** URL path of the page holding the link. */
  page: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}

function htmlFiles(outDir: string): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'));
}

/** "/a/b/" for "a/b/index.html", "/404.html" for "404.html". */
function urlOf(file: string): string {
  return `/${file}`.replace(/index\.html$/, '');
}

export function checkLinks(outDir: string, ownOrigins: string[] = []): BrokenLink[] {
  const files = htmlFiles(outDir);
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(outDir, file), 'utf8');
    html.set(urlOf(file), text);
    ids.set(urlOf(file), new Set([...text.matchAll(ID)].map((match) => decodeEntities(match[1]!))));
  }

  const targetFile = (pathname: string): string | undefined => {
    const decoded = decodeURIComponent(pathname);
    const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
    return candidates.find((candidate) => fs.existsSync(path.join(outDir, candidate)) && fs.statSync(path.join(outDir, candidate)).isFile());
  };

  const broken: BrokenLink[] = [];
  for (const [page, text] of html) {
    // Links inside <script type="application/json"> and similar data blocks are not links.
    const markup = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    for (const match of markup.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[2]!);
      if (!raw || raw.startsWith('data:') || raw.startsWith('mailto:') || raw.startsWith('tel:')) continue;
      if (raw.startsWith('javascript:')) {
        broken.push({ page, link: raw, reason: 'javascript:-Links sind nicht erlaubt' });
        continue;
      }
      const url = new URL(raw, `http://site.invalid${page}`);
      const internal = url.origin === 'http://site.invalid' || ownOrigins.includes(url.origin);
      if (!internal) continue;
      const target = url.pathname === page && raw.startsWith('#') ? page : url.pathname;
      const file = targetFile(target);
      if (!file) {
        broken.push({ page, link: raw, reason: 'Ziel existiert nicht' });
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && file.endsWith('.html')) {
        const targetUrl = urlOf(file.replace(/^\//, ''));
        if (!ids.get(targetUrl)?.has(hash)) broken.push({ page, link: raw, reason: `Anker "#${hash}" fehlt auf ${targetUrl}` });
      }
    }
  }
  return broken;
}

export function formatLinkReport(broken: readonly BrokenLink[], pages: number): string {
  if (broken.length === 0) return `✓ Links geprüft: ${pages} Seiten, keine kaputten internen Links.`;
  return [
    `✗ ${broken.length} kaputte ${broken.length === 1 ? 'Verknüpfung' : 'Verknüpfungen'}:`,
    ...broken.map((item) => `  ${item.page} → ${item.link}\n    ${item.reason}`),
  ].join('\n');
}
