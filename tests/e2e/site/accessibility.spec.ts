/**
 * Once per page type of the real site: what the page loads (only its own
 * origin, no cookie, nothing the Content-Security-Policy refuses) and axe.
 * The real site has layout states the synthetic one lacks (empty
 * collections: no experts, no analyses yet); the templates themselves run
 * on the synthetic site in two variants (light at desktop width, dark at
 * phone width); here one variant suffices. Zero violations; any
 * exception must be listed with its reason in tests/e2e/support/axe.ts.
 * The number of tests grows with page types, not with content.
 */
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { AXE_VARIANTS, checkEveryPageType } from '../support/axe.ts';

// One variant, light at desktop width: colour schemes and widths are the templates' and are
// covered on the synthetic site; what the real content adds (its text, headings, tables, links)
// does not depend on them, and a second variant costs time npm test does not have (README, "Tests").
checkEveryPageType(onePerPageType(SITES.site), AXE_VARIANTS.filter((variant) => variant.colorScheme === 'light' && variant.width === 'desktop'));
