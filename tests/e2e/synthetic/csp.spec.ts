/** The Content-Security-Policy on the synthetic site: every page type and the interactive paths run under it. */
import { policyTests } from '../support/csp.ts';
import { SITES } from '../support/built-pages.ts';

policyTests(SITES.synthetic);
