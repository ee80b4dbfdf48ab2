/**
 * npm run lint:links [-- <folder>] — checks every internal link, anchor,
 * download and image in a built site (default dist/). Fails on any broken one.
 */
import fs from 'node:fs';
import { checkLinks, formatLinkReport } from '../tooling/link-check.ts';
import { siteConfig } from '../src/site.config.ts';

const folder = process.argv[2] ?? process.env.WISSENSNETZ_OUT_DIR ?? 'dist';
if (!fs.existsSync(folder)) {
  console.error(`✗ ${folder} gibt es nicht. Zuerst "npm run build".`);
  process.exit(1);
}
const pages = fs.readdirSync(folder, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
const broken = checkLinks(folder, [new URL(siteConfig.url).origin]);
console.log(`${folder}: ${formatLinkReport(broken, pages)}`);
process.exitCode = broken.length > 0 ? 1 : 0;
