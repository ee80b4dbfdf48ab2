/** No page of the synthetic site (every template filled) asks another host for anything or sets a cookie: recorded once per page type. */
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { loadsOnlyFromItsOwnOrigin } from '../support/privacy.ts';

loadsOnlyFromItsOwnOrigin(onePerPageType(SITES.synthetic));
