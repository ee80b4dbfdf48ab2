/**
 * Once per page type of the real site: what the page loads (only its own
 * origin, no cookie, nothing the Content-Security-Policy refuses) and axe.
 * The real site has layout states the synthetic one lacks (empty
 * collections: no experts, no analyses yet); the templates themselves run
 * on the synthetic site in the same two variants. Zero violations; any
 * exception must be listed with its reason in tests/e2e/support/axe.ts.
 * The number of tests grows with page types, not with content.
 */
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { checkEveryPageType } from '../support/axe.ts';

// Light at desktop width and dark at phone width (COVERING_VARIANTS), as on the synthetic site.
checkEveryPageType(onePerPageType(SITES.site));
