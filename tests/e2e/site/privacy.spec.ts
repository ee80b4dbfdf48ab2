/** No page of the real site asks another host for anything or sets a cookie: recorded once per page type. */
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { loadsOnlyFromItsOwnOrigin } from '../support/privacy.ts';

loadsOnlyFromItsOwnOrigin(onePerPageType(SITES.site));
