/**
 * Once per page type of the real site: what the page loads (only its own
 * origin, no cookie, nothing the Content-Security-Policy refuses) and axe.
 * The real site has layout states the synthetic one lacks (empty
 * collections: no experts, no analyses yet); the templates themselves run
 * in all four variants on the synthetic site. Zero violations; any
 * exception must be listed with its reason in tests/e2e/support/axe.ts.
 * The number of tests grows with page types, not with content.
 */
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { AXE_VARIANTS, checkEveryPageType } from '../support/axe.ts';

// The templates are checked in all four variants on the synthetic site; here the real site's own
// states (empty collections) in two that cover both colour schemes and both widths.
const COVERING_VARIANTS = AXE_VARIANTS.filter(
  (variant) => (variant.colorScheme === 'light' && variant.width === 'desktop') || (variant.colorScheme === 'dark' && variant.width === 'mobile'),
);

checkEveryPageType(onePerPageType(SITES.site), COVERING_VARIANTS);
