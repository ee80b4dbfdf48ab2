/**
 * A small PNG encoder for pictures with few colours. A share card is a flat
 * background with anti-aliased text, far fewer than 256 colours: one
 * palette index per pixel instead of four bytes makes the data a quarter as
 * large before compression. Kept instead of a library because it is many
 * times faster than the PNG libraries tried, for files of about the same
 * size (docs/benchmarks.md, "Open Graph images"). Pictures with more
 * colours are refused (undefined), and the caller uses a general encoder.
 */
import zlib from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_PALETTE = 256;
/** PNG colour type 3: every pixel is an index into the PLTE chunk. */
const COLOUR_TYPE_INDEXED = 3;

/**
 * Encodes RGBA pixels (4 bytes per pixel, row by row, as `getImageData` gives
 * them) as an 8-bit indexed PNG, or returns undefined if the picture has more
 * than 256 colours.
 */
export function encodeIndexedPng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer | undefined {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  // One 32-bit word per pixel: comparing and hashing one number is much
  // cheaper than four bytes. Byte order does not matter, it is only a key.
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const palette = new PaletteIndex();
  const rgbaBytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  const rowBytes = width * 4;
  const raw = scratch((width + 1) * height);
  let source = 0;
  let target = 0;
  for (let y = 0; y < height; y += 1) {
    // Filter type 0 (None) for every row: the recommended choice for indexed
    // images, and here also the smallest with the run-length strategy below.
    raw[target] = 0;
    target += 1;
    const rowEnd = source + width;
    // Most rows of a card repeat the row above (background above, between
    // and below the text lines): a native comparison and copy instead of a
    // scan in JavaScript.
    if (y > 0 && rgbaBytes.compare(rgbaBytes, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0) {
      raw.copyWithin(target, target - width - 1, target - 1);
      target += width;
      source = rowEnd;
      continue;
    }
    // Work in runs of equal pixels: most of a card is background, so one
    // palette lookup per run instead of one per pixel.
    while (source < rowEnd) {
      const pixel = pixels[source]!;
      let runEnd = source + 1;
      while (runEnd < rowEnd && pixels[runEnd] === pixel) runEnd += 1;
      const index = palette.indexOf(pixel);
      if (index < 0) return undefined;
      const length = runEnd - source;
      // fill() pays off for long runs only; short ones (inside glyphs) are cheaper as a loop.
      if (length < 24) for (let offset = 0; offset < length; offset += 1) raw[target + offset] = index;
      else raw.fill(index, target, target + length);
      target += length;
      source = runEnd;
    }
  }

  const colours = palette.colours();
  const plte = Buffer.alloc(colours.length * 3);
  const alpha = Buffer.alloc(colours.length);
  const bytes = new Uint8Array(4);
  const words = new Uint32Array(bytes.buffer);
  let translucent = false;
  colours.forEach((pixel, index) => {
    // Read the word back through the same byte order it was built from.
    words[0] = pixel;
    plte[index * 3] = bytes[0]!;
    plte[index * 3 + 1] = bytes[1]!;
    plte[index * 3 + 2] = bytes[2]!;
    alpha[index] = bytes[3]!;
    if (bytes[3] !== 255) translucent = true;
  });

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = COLOUR_TYPE_INDEXED;
  // Bytes 10–12: compression, filter method, interlace: all 0 (the only standard values / none).

  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    // Opaque pictures (every share card) need no transparency chunk.
    ...(translucent ? [chunk('tRNS', alpha)] : []),
    // Deflate's run-length strategy: on a card's index data several times
    // faster than the default, for slightly larger files.
    chunk('IDAT', zlib.deflateSync(raw, { strategy: zlib.constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Pixel value → palette index, as an open-addressing hash table in typed
 * arrays: a text-heavy card has tens of thousands of runs, and a Map's
 * lookup is several times dearer.
 */
class PaletteIndex {
  private static readonly BITS = 12;
  private readonly keys = new Uint32Array(1 << PaletteIndex.BITS);
  private readonly slots = new Int16Array(1 << PaletteIndex.BITS).fill(-1);
  private readonly entries: number[] = [];

  /** The pixel's index, added if new; -1 once a 257th colour turns up. */
  indexOf(pixel: number): number {
    const mask = (1 << PaletteIndex.BITS) - 1;
    let slot = Math.imul(pixel, 0x9e3779b1) >>> (32 - PaletteIndex.BITS);
    for (;;) {
      const index = this.slots[slot]!;
      if (index < 0) break;
      if (this.keys[slot] === pixel >>> 0) return index;
      slot = (slot + 1) & mask;
    }
    if (this.entries.length === MAX_PALETTE) return -1;
    this.keys[slot] = pixel;
    this.slots[slot] = this.entries.length;
    this.entries.push(pixel);
    return this.entries.length - 1;
  }

  colours(): readonly number[] {
    return this.entries;
  }
}

/**
 * The index data before compression, reused from card to card: a fresh
 * 750 KB buffer per card costs page faults. deflateSync() copies what it
 * needs, so reuse is safe.
 */
let scratchBuffer = Buffer.alloc(0);
function scratch(size: number): Buffer {
  if (scratchBuffer.length < size) scratchBuffer = Buffer.allocUnsafe(size);
  return scratchBuffer.subarray(0, size);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  // The checksum covers the type and the data, not the length.
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
