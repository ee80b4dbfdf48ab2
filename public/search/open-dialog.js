// @ts-check
/**
 * What the header search button loads (its inline script in
 * src/lib/inline-scripts.ts adds this file as a module script): opens the
 * dialog once the code has arrived, and again on every later request.
 *
 * The button's inline script cannot import() the dialog itself: under the
 * Content-Security-Policy's 'strict-dynamic' (src/lib/csp.ts), only scripts
 * that a trusted script adds to the page may load, not imports of a script
 * that was written into the HTML.
 */
import { openSearchDialog } from './dialog.js';

document.addEventListener('wissensnetz:open-search', () => openSearchDialog());
openSearchDialog();
