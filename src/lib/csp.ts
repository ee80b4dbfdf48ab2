/**
 * The Content-Security-Policy of every built page (astro.config.mjs →
 * security.csp). Astro writes it as <meta http-equiv="content-security-policy">
 * and adds the hashes of the styles it inlines; the site's own inline scripts
 * are hashed here from their single source, src/lib/inline-scripts.ts.
 *
 * Contributed Markdown ends up in these pages, so the policy is the second
 * line of defence behind the sanitiser: no inline event handlers, no style
 * attributes, no script or style that is not the site's
 * own, nothing from another host.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** A CSP source hash of a script or style text, as browsers compute it (UTF-8, SHA-256, base64). */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Everything but script-src and style-src, which Astro writes itself.
 * frame-ancestors is missing on purpose: browsers ignore it in a meta tag
 * (README, "Deploying", shows the header for hosts that allow headers).
 */
const DIRECTIVES = [
  "default-src 'self'",
  // The favicon is an inline SVG (data: URL).
  "img-src 'self' data:",
  // Pagefind fetches its index from the site.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  // No workers: the site runs Pagefind on the page (noWorker in public/search/core.js).
  "worker-src 'none'",
] as const;

export const contentSecurityPolicy = {
  algorithm: 'SHA-256',
  directives: [...DIRECTIVES],
  scriptDirective: {
    resources: [
      // For browsers that do not know 'strict-dynamic' (see below).
      "'self'",
      // Pagefind compiles its WebAssembly on the page (the site does not use its worker); this allows that, not eval().
      "'wasm-unsafe-eval'",
      // Said outright, so that inline event handlers stay forbidden even if script-src is ever loosened.
      { resource: "'none'", kind: 'attribute' },
    ],
    hashes: INLINE_SCRIPTS.map(cspHash),
    // Browsers that know 'strict-dynamic' then ignore 'self': a script written into the HTML runs only
    // by its hash, and only scripts that such a script adds may load. Contributors can put files on
    // this origin (public/downloads/), so 'self' alone would let <script src="/downloads/…"> run.
    strictDynamic: true,
  },
  styleDirective: {
    // 'self' plus the hashes Astro adds for the stylesheets it inlines. No style="" attribute at all:
    // the site writes none, and Markdown table alignment arrives as classes (src/lib/markdown/sanitize.ts).
    resources: ["'self'", { resource: "'none'", kind: 'attribute' }],
  },
} satisfies CspConfig;
