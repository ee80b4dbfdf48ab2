/**
 * Once per page type of the real site: what the page loads (only its own
 * origin, no cookie, nothing the Content-Security-Policy refuses) and axe in
 * light and dark mode at desktop and mobile width: the real site has layout states the synthetic one lacks
 * (empty collections: no experts, no analyses yet). Zero violations; any
 * exception must be listed with its reason in tests/e2e/support/axe.ts.
 * The number of tests grows with page types, not with content.
 */
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { checkEveryPageType } from '../support/axe.ts';

checkEveryPageType(onePerPageType(SITES.site));
