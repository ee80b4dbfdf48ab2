/**
 * The browser editor at /admin/: Decap CMS from its npm package, bundled
 * with React by src/integrations/editor.ts (esbuild) into /admin/editor.js.
 * Nothing is loaded from another host. The configuration is
 * /admin/config.yml, generated from the zod schemas (tooling/editor/config.ts).
 */
import './manual-init.js';
import CMS from 'decap-cms-app';
import { de } from 'decap-cms-locales';

CMS.registerLocale('de', de);
// The preview pane shows an entry in the site's own styles.
CMS.registerPreviewStyle('/admin/preview.css');
CMS.init();
