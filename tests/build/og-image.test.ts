/**
 * Share cards (Open Graph images): every page links one, the file is in the
 * build, it is a real 1200×630 PNG (decoded with fast-png, not with the
 * site's own encoder) with text on the background, and different pages get
 * different pictures.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decode } from 'fast-png';
import { siteConfig } from '../../src/site.config.ts';
import { unlocalizedPath } from '../../src/i18n/locales.ts';
import { BUILDS, builtPages, isRedirectStub } from './support.ts';

const attribute = (html: string, pattern: RegExp) => {
  const value = pattern.exec(html)?.[1];
  return value?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
};
const property = (html: string, name: string) => attribute(html, new RegExp(`<meta property="${name}" content="([^"]*)"`));

/** The card's background and text colours (src/lib/og-image/draw-card.ts). */
const BACKGROUND = [0x0b, 0x53, 0x94];
const TEXT = [0xff, 0xff, 0xff];

/** Rows between the top line and the bottom line of a card, where only the title is drawn. */
const TITLE_ROWS = [140, 420] as const;

function colourShares(png: Buffer): { width: number; height: number; background: number; text: number; titleText: number } {
  const image = decode(png);
  const pixels = image.width * image.height;
  assert.equal(image.depth, 8, 'bit depth');
  const isColour = (colour: ArrayLike<number>, expected: number[]) => expected.every((value, channel) => colour[channel] === value);
  let background = 0;
  let text = 0;
  let titleText = 0;
  const isText = (pixel: number) =>
    image.palette ? isColour(image.palette[image.data[pixel]!]!, TEXT) : isColour(image.data.subarray(pixel * image.channels), TEXT);
  for (let pixel = TITLE_ROWS[0] * image.width; pixel < TITLE_ROWS[1] * image.width; pixel += 1) if (isText(pixel)) titleText += 1;
  if (image.palette) {
    // Indexed: count the indices, then look at the colours they stand for.
    const counts = new Uint32Array(256);
    for (const index of image.data) counts[index]! += 1;
    image.palette.forEach((colour, index) => {
      if (isColour(colour, BACKGROUND)) background += counts[index]!;
      else if (isColour(colour, TEXT)) text += counts[index]!;
    });
  } else {
    for (let offset = 0; offset < image.data.length; offset += image.channels) {
      const colour = image.data.subarray(offset, offset + 3);
      if (isColour(colour, BACKGROUND)) background += 1;
      else if (isColour(colour, TEXT)) text += 1;
    }
  }
  return { width: image.width, height: image.height, background: background / pixels, text: text / pixels, titleText: titleText / pixels };
}

for (const build of BUILDS) {
  const pages = builtPages(build.outDir).filter((page) => !isRedirectStub(page));
  const byUrl = new Map(pages.map((page) => [page.url, page]));

  test(`${build.name}: every page names its share card with size, type and alternative text`, () => {
    for (const page of pages) {
      if (page.url === '/404.html') {
        // The 404 page answers any unknown address; it has no card of its own (BaseLayout.astro).
        assert.equal(property(page.html, 'og:image'), undefined, '/404.html has no og:image');
        continue;
      }
      const image = property(page.html, 'og:image');
      assert.ok(image, `${page.url}: no og:image`);
      const url = new URL(image);
      assert.equal(url.origin, new URL(siteConfig.url).origin, `${page.url}: og:image is absolute, on the site's own host`);
      assert.match(url.pathname, /^\/og\/[a-z0-9/-]+\.png$/, `${page.url}: ${url.pathname}`);
      assert.equal(property(page.html, 'og:image:width'), '1200', `${page.url}: og:image:width`);
      assert.equal(property(page.html, 'og:image:height'), '630', `${page.url}: og:image:height`);
      assert.equal(property(page.html, 'og:image:type'), 'image/png', `${page.url}: og:image:type`);
      assert.equal(attribute(page.html, /<meta name="twitter:card" content="([^"]*)"/), 'summary_large_image', `${page.url}: twitter:card`);
      const alt = property(page.html, 'og:image:alt');
      assert.ok(alt, `${page.url}: og:image:alt`);

      const german = unlocalizedPath(page.url);
      if (german === page.url) {
        // The alternative text says what the card says, so it names the page's title.
        const title = property(page.html, 'og:title')!;
        assert.ok(alt.includes(title), `${page.url}: og:image:alt "${alt}" does not contain the title "${title}"`);
      } else {
        // Content and cards are German: an English page shares its German page's card and describes it alike.
        const original = byUrl.get(german);
        assert.ok(original, `${page.url}: no German page ${german}`);
        assert.equal(image, property(original.html, 'og:image'), `${page.url}: not the German page's card`);
        assert.equal(alt, property(original.html, 'og:image:alt'), `${page.url}: alt differs from ${german}`);
      }
    }
  });

  test(`${build.name}: every card is a 1200×630 PNG with text on the background, one per page text, none orphaned, none under /en/`, () => {
    const altByImage = new Map<string, string>();
    for (const page of pages) {
      const image = property(page.html, 'og:image');
      if (image) altByImage.set(new URL(image).pathname, property(page.html, 'og:image:alt')!);
    }
    const files = fs
      .readdirSync(path.join(build.outDir, 'og'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.png'))
      .map((file) => `/og/${file.split(path.sep).join('/')}`)
      .sort();
    assert.deepEqual(files, [...altByImage.keys()].sort(), 'the og/ folder holds exactly the cards pages link');
    assert.equal(fs.existsSync(path.join(build.outDir, 'en/og')), false, 'no copies of the cards under /en/');

    const altByHash = new Map<string, string>();
    for (const [image, alt] of altByImage) {
      const png = fs.readFileSync(path.join(build.outDir, image));
      const shares = colourShares(png);
      if (process.env.OG_DEBUG) console.log(image, shares);
      assert.equal(shares.width, 1200, `${image}: width`);
      assert.equal(shares.height, 630, `${image}: height`);
      // Mostly background, and clearly some text (even "Suche" alone covers more than this).
      assert.ok(shares.background > 0.6, `${image}: background covers only ${(shares.background * 100).toFixed(1)} %`);
      assert.ok(shares.text > 0.005, `${image}: text covers only ${(shares.text * 100).toFixed(2)} %`);
      // The title itself is drawn (the top and bottom lines alone would pass the check above).
      assert.ok(shares.titleText > 0.001, `${image}: no title (${(shares.titleText * 100).toFixed(2)} % text between the top and bottom lines)`);
      // Different text must give a different picture.
      const hash = crypto.createHash('sha256').update(png).digest('hex');
      const other = altByHash.get(hash);
      assert.ok(other === undefined || other === alt, `${image} ("${alt}") is the same picture as the card "${other}"`);
      altByHash.set(hash, alt);
    }
    assert.ok(altByHash.size > 10, `only ${altByHash.size} different cards`);
  });
}
