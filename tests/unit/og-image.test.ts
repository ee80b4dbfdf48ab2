/**
 * Share cards (Open Graph images): the text layout rules and the PNG
 * encoder. The encoder is checked against an independent decoder
 * (fast-png), never against itself.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { convertIndexedToRgb, decode } from 'fast-png';
import { breakWord, clampLines, ELLIPSIS, fitText, wrapText, type Measure } from '../../src/lib/og-image/text-layout.ts';
import { encodeIndexedPng } from '../../src/lib/og-image/indexed-png.ts';
import { cardText, CARD_HEIGHT, CARD_WIDTH, shareImageAlt, shareImagePath } from '../../src/lib/og-image/card.ts';
import { drawCard } from '../../src/lib/og-image/draw-card.ts';
import { renderCardPng, shareCardPng } from '../../src/lib/og-image/share-image.ts';
import { pruneShareCardCache } from '../../src/lib/og-image/cache.ts';

/** A monospaced stand-in for the canvas: every character is `size * 0.5` pixels wide. */
const mono = (size = 20): Measure => (text) => [...new Intl.Segmenter('de', { granularity: 'grapheme' }).segment(text)].length * size * 0.5;

test('wrapping breaks at spaces and keeps every word', () => {
  const { lines, brokeWords } = wrapText('Wie wir gemeinsam noch besser werden können', 200, mono());
  assert.deepEqual(lines, ['Wie wir gemeinsam', 'noch besser werden', 'können']);
  assert.equal(brokeWords, false);
  assert.ok(lines.every((line) => mono()(line) <= 200));
  assert.deepEqual(wrapText('  mehrere   Leerzeichen ', 1000, mono()).lines, ['mehrere Leerzeichen']);
  assert.deepEqual(wrapText('', 200, mono()).lines, []);
});

test('a word wider than a line is broken after its own hyphen, else with an added one', () => {
  const measure = mono();
  // 10 characters fit a line of 100 px.
  assert.deepEqual(breakWord('Baden-Württemberg', 100, measure), ['Baden-', 'Württembe-', 'rg']);
  const pieces = breakWord('Koordinierungsstellenleitung', 100, measure);
  assert.ok(pieces.every((piece) => measure(piece) <= 100), pieces.join('|'));
  assert.equal(pieces.map((piece, index) => (index < pieces.length - 1 ? piece.slice(0, -1) : piece)).join(''), 'Koordinierungsstellenleitung');
  // A letter with a combining accent is one character and is never split.
  const combining = 'Ac\u0301c\u0301c\u0301c\u0301c\u0301c\u0301c\u0301c\u0301c\u0301c\u0301';
  assert.ok(breakWord(combining, 60, measure).every((piece) => !/^\u0301/.test(piece)));
  const wrapped = wrapText('Das Koordinierungsstellenleitungsteam tagt', 100, measure);
  assert.equal(wrapped.brokeWords, true);
  assert.equal(wrapped.lines[0], 'Das');
});

test('a longer title gets a smaller size before any word is broken; only a title too long for the smallest size is cut', () => {
  const options = { sizes: [64, 48, 32], lineHeight: 1.25, maxWidth: 640, maxHeight: 240, measureAt: (size: number) => mono(size) };
  const short = fitText('Netzwerktreffen 2018', options);
  assert.equal(short.fontSize, 64);
  assert.equal(short.truncated, false);
  assert.deepEqual(short.lines, ['Netzwerktreffen 2018']);

  // At 64 px (20 characters a line, 3 lines) this needs 4 lines; at 48 px it fits.
  const medium = fitText('Kooperation mit Kommunen und Wohlfahrtsverbänden vor Ort gestalten', options);
  assert.equal(medium.fontSize, 48);
  assert.equal(medium.truncated, false);
  assert.equal(medium.lines.join(' '), 'Kooperation mit Kommunen und Wohlfahrtsverbänden vor Ort gestalten');

  // "Donaudampfschifffahrtsgesellschaft" (34 characters) must be broken at 64 and 48 px, not at 32 px (40 a line).
  const longWord = fitText('Die Donaudampfschifffahrtsgesellschaft', options);
  assert.equal(longWord.fontSize, 32);

  const tooLong = fitText(Array.from({ length: 80 }, (_, index) => `Wort${index}`).join(' '), options);
  assert.equal(tooLong.truncated, true);
  assert.equal(tooLong.fontSize, 32);
  assert.equal(tooLong.lines.length, Math.floor(240 / 40));
  assert.ok(tooLong.lines.at(-1)!.endsWith(ELLIPSIS));
  assert.ok(tooLong.lines.every((line) => mono(32)(line) <= 640));
  assert.ok(tooLong.lines.slice(0, -1).every((line) => !line.includes(ELLIPSIS)));
});

test('an ellipsis replaces whole words, drops trailing punctuation and still fits', () => {
  const measure = mono();
  assert.deepEqual(clampLines(['eins zwei', 'drei vier,', 'fünf'], 2, 100, measure), ['eins zwei', 'drei vier…']);
  assert.deepEqual(clampLines(['eins zwei', 'dreiundvier'], 1, 100, measure), ['eins zwei…']);
  // A single word too long for the ellipsis loses characters instead.
  assert.deepEqual(clampLines(['zehnzeichen', 'mehr'], 1, 100, measure), ['zehnzeich…']);
  assert.deepEqual(clampLines(['kurz'], 3, 100, measure), ['kurz']);
});

/** Decodes with fast-png and returns RGBA, whatever the PNG stores. */
function decodeToRgba(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const image = decode(png);
  const data = image.palette ? convertIndexedToRgb(image) : Uint8Array.from(image.data);
  const pixels = image.width * image.height;
  if (data.length === pixels * 4) return { width: image.width, height: image.height, rgba: data };
  assert.equal(data.length, pixels * 3, 'RGB or RGBA');
  const rgba = new Uint8Array(pixels * 4);
  for (let pixel = 0; pixel < pixels; pixel += 1) {
    rgba.set(data.subarray(pixel * 3, pixel * 3 + 3), pixel * 4);
    rgba[pixel * 4 + 3] = 255;
  }
  return { width: image.width, height: image.height, rgba };
}

/** A picture with the given colours placed pseudo-randomly (fixed seed), including runs and single pixels. */
function testPicture(width: number, height: number, colours: number[][]): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  let seed = 42;
  let colour = colours[0]!;
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    if (seed % 5 === 0) colour = colours[seed % colours.length]!;
    rgba.set(colour, pixel * 4);
  }
  return rgba;
}

test('the indexed PNG encoder round-trips through an independent decoder', () => {
  const palette = Array.from({ length: 256 }, (_, index) => [index, (index * 7) % 256, 255 - index, 255]);
  for (const [width, height] of [[1, 1], [17, 9], [300, 40]] as const) {
    const picture = testPicture(width, height, palette);
    const png = encodeIndexedPng(picture, width, height);
    assert.ok(png, `${width}×${height}`);
    const decoded = decodeToRgba(png);
    assert.equal(decoded.width, width);
    assert.equal(decoded.height, height);
    assert.deepEqual(decoded.rgba, Uint8Array.from(picture));
  }
});

test('translucent colours survive the round trip (transparency chunk)', () => {
  const picture = testPicture(40, 30, [[11, 83, 148, 255], [255, 255, 255, 128], [0, 0, 0, 0]]);
  const decoded = decodeToRgba(encodeIndexedPng(picture, 40, 30)!);
  assert.deepEqual(decoded.rgba, Uint8Array.from(picture));
});

test('a picture with more than 256 colours is refused, so the caller can use a general encoder', () => {
  const palette = Array.from({ length: 257 }, (_, index) => [index % 256, index >> 8, 0, 255]);
  const picture = new Uint8ClampedArray(palette.flat());
  assert.equal(encodeIndexedPng(picture, 257, 1), undefined);
  assert.throws(() => encodeIndexedPng(picture, 10, 10), /expected 400 bytes/);
});

test('a drawn card encodes without loss as a 1200×630 indexed PNG with the title in white', () => {
  const text = { kicker: 'Wissensnetz · Treffen', title: 'Şükrü, Ćevapčići und Ğ: Zeichen aus Latin Extended', context: '28.–29. November 2018 · Berlin' };
  const pixels = Uint8ClampedArray.from(drawCard(text));
  const png = encodeIndexedPng(pixels, CARD_WIDTH, CARD_HEIGHT);
  assert.ok(png, 'a card has at most 256 colours');
  const image = decode(png);
  assert.equal(image.width, 1200);
  assert.equal(image.height, 630);
  assert.equal(image.depth, 8);
  assert.ok(image.palette && image.palette.length <= 256, 'indexed colour with a palette');
  const white = image.palette.findIndex(([r, g, b]) => r === 255 && g === 255 && b === 255);
  assert.ok(white >= 0, 'the text colour is in the palette');
  // Fully white pixels between the top and bottom lines: the title is drawn.
  let titlePixels = 0;
  for (let pixel = 140 * 1200; pixel < 420 * 1200; pixel += 1) if (image.data[pixel] === white) titlePixels += 1;
  assert.ok(titlePixels > 2000, `only ${titlePixels} title pixels`);
  assert.deepEqual(decodeToRgba(png).rgba, Uint8Array.from(pixels));
  // What the build writes is the same picture.
  assert.deepEqual(renderCardPng(text), png);
});

test('card addresses, alternative text and the text that decides the picture', () => {
  assert.equal(shareImagePath('/'), '/og/index.png');
  assert.equal(shareImagePath('/treffen/'), '/og/treffen.png');
  assert.equal(shareImagePath('/treffen/bundesnetzwerktreffen-2018-berlin/'), '/og/treffen/bundesnetzwerktreffen-2018-berlin.png');
  const card = { page: '/treffen/x/', kicker: 'Wissensnetz · Treffen', title: 'Titel', context: '28. November 2018 · Berlin' };
  assert.equal(shareImageAlt(card), 'Wissensnetz · Treffen: Titel (28. November 2018 · Berlin)');
  assert.equal(shareImageAlt({ page: '/suche/', kicker: 'Wissensnetz', title: 'Suche' }), 'Wissensnetz: Suche');
  // The page is not part of the picture: the same text on two pages is one drawing (one cache entry).
  assert.deepEqual(cardText(card), cardText({ ...card, page: '/anderswo/' }));
});

test('the card cache: same text, same file; changed text, new drawing; unused cards pruned', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-cache-'));
  try {
    const first = { page: '/a/', kicker: 'Wissensnetz · Thema', title: 'Begegnung' };
    const png = await shareCardPng(first, dir);
    assert.equal(fs.readdirSync(dir).length, 1);
    assert.deepEqual(await shareCardPng({ ...first, page: '/b/' }, dir), png);
    assert.equal(fs.readdirSync(dir).length, 1, 'the same text is drawn once');
    const changed = await shareCardPng({ ...first, title: 'Begegnungen' }, dir);
    assert.notDeepEqual(changed, png);
    assert.equal(fs.readdirSync(dir).length, 2);
    // A later build that uses only the first card removes the other one.
    const past = new Date(Date.now() - 60_000);
    for (const file of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, file), past, past);
    const buildStart = new Date(Date.now() - 30_000);
    await shareCardPng(first, dir);
    assert.equal(pruneShareCardCache(dir, buildStart), 1);
    assert.deepEqual(fs.readdirSync(dir).map((file) => fs.readFileSync(path.join(dir, file))), [png]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
