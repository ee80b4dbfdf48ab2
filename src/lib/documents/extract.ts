/**
 * Reads a downloadable document once: its text per page, its page count
 * and a preview picture of its first page. PDF with pdf.js (`pdfjs-dist`,
 * drawing on the canvas library the share cards use), Word (.docx) with
 * `mammoth`, OpenDocument text and presentations (.odt, .odp) and PowerPoint
 * (.pptx) with `officeparser`, plain text as it is. Other formats are not
 * read: their pages show the download only.
 * A PDF without a text layer (a scan) has its pages recognised with
 * tesseract.js and its German data package, offline.
 *
 * Results are cached on disk by the file's SHA-256 and this reader's
 * version (node_modules/.cache/wissensnetz-documents/), so an unchanged
 * document is never read twice: the content check reads it first, the
 * build then finds it in the cache. Deleting the folder only costs time.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../paths.ts';

/** Bump when what this module extracts changes: every document is read again. */
const READER_VERSION = 2;
/**
 * Pages of a scan recognised at most: about 1 s each on the project's machines
 * (docs/benchmarks.md), so a long scan cannot stall a build; the rest stays unread.
 */
export const MAX_RECOGNISED_PAGES = 30;
/** Pixels per PDF point for recognition: about 150 dpi, where tesseract reads body text reliably. */
const RECOGNITION_SCALE = 2;
/** Width of the preview picture in CSS pixels; drawn at twice that for sharp screens. */
export const PREVIEW_WIDTH = 240;
const PREVIEW_SCALE = 1.5;

/** WISSENSNETZ_DOCUMENT_CACHE moves it (the benchmark measures cold reads in a folder of its own). */
export const DOCUMENT_CACHE_DIR = process.env.WISSENSNETZ_DOCUMENT_CACHE ?? path.join(projectRoot, 'node_modules/.cache/wissensnetz-documents');

/** Formats whose text the site reads, by file extension. */
export const READABLE_EXTENSIONS = ['pdf', 'docx', 'odt', 'odp', 'pptx', 'txt'] as const;

/** Read with officeparser: text without fixed pages, like Word. */
const OFFICE_EXTENSIONS = new Set(['odt', 'odp', 'pptx']);

export type DocumentProblem = 'encrypted' | 'corrupt';

export interface DocumentText {
  /** The file's SHA-256 (hex). */
  hash: string;
  /** Text per page, paragraphs separated by blank lines. Word files are one page: they have no fixed pages. */
  pages: string[];
  /** Pages of a PDF; undefined for formats without fixed pages. */
  pageCount?: number;
  /** False when no page has any text, not even recognised. */
  hasText: boolean;
  /** The text was recognised from page pictures (OCR): the PDF has no text layer (a scan). */
  recognised?: boolean;
  /** Preview of the first page (JPEG) in the cache folder, with its pixel size. */
  preview?: { file: string; width: number; height: number };
  problem?: DocumentProblem;
  /** Technical detail of a problem, for maintainers; never shown to contributors. */
  detail?: string;
}

export function isReadable(file: string): boolean {
  return (READABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).slice(1).toLowerCase());
}

let fingerprint: string | undefined;
function readerFingerprint(): string {
  if (fingerprint) return fingerprint;
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const versions = ['pdfjs-dist', 'mammoth', 'officeparser', '@napi-rs/canvas', 'tesseract.js', '@tesseract.js-data/deu'].map((name) => `${name}@${packageVersion(require, name)}`);
  fingerprint = `${READER_VERSION}:${versions.join(',')}`;
  return fingerprint;
}

/** A package's version; some packages (officeparser) do not export their package.json, so it is found beside their entry. */
function packageVersion(require: NodeJS.Require, name: string): string {
  let folder = path.dirname(require.resolve(name));
  while (folder !== path.dirname(folder)) {
    const manifest = path.join(folder, 'package.json');
    if (fs.existsSync(manifest)) {
      const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === name && parsed.version) return parsed.version;
    }
    folder = path.dirname(folder);
  }
  return 'unknown';
}

function cachePaths(hash: string, extension: string) {
  const key = crypto.createHash('sha256').update(readerFingerprint()).update(hash).update(extension).digest('hex').slice(0, 32);
  return { json: path.join(DOCUMENT_CACHE_DIR, `${key}.json`), preview: path.join(DOCUMENT_CACHE_DIR, `${key}.jpg`) };
}

const pending = new Map<string, Promise<DocumentText>>();
/**
 * Per process, by file and its size and time: the meeting page, the document
 * page and its preview (each in every language) ask for the same file, and
 * reading and hashing it once is enough; a changed file (`astro dev`) is read again.
 */
const byFile = new Map<string, Promise<DocumentText>>();

/** The document's text, from the cache when the file is unchanged. */
export function readDocument(absolute: string): Promise<DocumentText> {
  const stat = fs.statSync(absolute);
  const fileKey = `${absolute}\0${stat.size}\0${stat.mtimeMs}`;
  let known = byFile.get(fileKey);
  if (!known) {
    known = readByContent(absolute);
    byFile.set(fileKey, known);
  }
  return known;
}

function readByContent(absolute: string): Promise<DocumentText> {
  const bytes = fs.readFileSync(absolute);
  const hash = crypto.createHash('sha256').update(bytes).digest('hex');
  const extension = path.extname(absolute).slice(1).toLowerCase();
  const cache = cachePaths(hash, extension);
  const key = `${cache.json}`;
  let result = pending.get(key);
  if (!result) {
    result = readCachedOrFresh(bytes, hash, extension, cache);
    pending.set(key, result);
  }
  return result;
}

async function readCachedOrFresh(bytes: Buffer, hash: string, extension: string, cache: { json: string; preview: string }): Promise<DocumentText> {
  try {
    const cached = JSON.parse(fs.readFileSync(cache.json, 'utf8')) as DocumentText;
    if (!cached.preview || fs.existsSync(cached.preview.file)) return cached;
  } catch {
    // not cached yet
  }
  const fresh =
    extension === 'pdf' ? await readPdf(bytes, hash, cache.preview)
    : extension === 'docx' ? await readWord(bytes, hash)
    : OFFICE_EXTENSIONS.has(extension) ? await readOffice(bytes, hash)
    : plainText(bytes.toString('utf8'), hash);
  fs.mkdirSync(DOCUMENT_CACHE_DIR, { recursive: true });
  const temporary = `${cache.json}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(fresh));
  fs.renameSync(temporary, cache.json);
  return fresh;
}

/** pdf.js text items to paragraphs: a line break per item that ends one, a blank line where a gap was; hyphenated line ends joined. */
function pageText(items: readonly { str?: string; hasEOL?: boolean }[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

async function readPdf(bytes: Buffer, hash: string, previewFile: string): Promise<DocumentText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfjsDir = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('pdfjs-dist/package.json'));
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}/`,
    cMapUrl: `${path.join(pdfjsDir, 'cmaps')}/`,
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      const name = (error as { name?: string }).name;
      return { hash, pages: [], hasText: false, problem: name === 'PasswordException' ? 'encrypted' : 'corrupt', detail: String(error) };
    }
    const pages: string[] = [];
    try {
      for (let number = 1; number <= pdf.numPages; number += 1) {
        const page = await pdf.getPage(number);
        pages.push(pageText((await page.getTextContent()).items as { str?: string; hasEOL?: boolean }[]));
        page.cleanup();
      }
    } catch (error) {
      return { hash, pages: [], hasText: false, problem: 'corrupt', detail: String(error) };
    }
    const result: DocumentText = { hash, pages, pageCount: pdf.numPages, hasText: pages.some(hasWords) };
    if (!result.hasText) {
      const recognised = await recognisePages(pdf);
      if (recognised.some(hasWords)) Object.assign(result, { pages: recognised, hasText: true, recognised: true });
    }
    try {
      result.preview = { file: previewFile, ...(await drawPreview(pdf, previewFile)) };
    } catch {
      // A page pdf.js can read but not draw still has its text; the page then shows no preview.
    }
    return result;
  } finally {
    await task.destroy();
  }
}

const hasWords = (text: string) => /\p{L}{2}/u.test(text);

/** Draws a page at the given scale on a white canvas. */
async function drawPage(page: any, scale: number) {
  const { createCanvas } = await import('@napi-rs/canvas');
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  return canvas;
}

/**
 * The text of a scan's pages, recognised with tesseract.js and the German
 * language data from its npm package (no download: `langPath` is local).
 * One recognition worker per scan, ended afterwards, so no thread outlives the build.
 */
async function recognisePages(pdf: { numPages: number; getPage(n: number): Promise<any> }): Promise<string[]> {
  const { createWorker } = await import('tesseract.js');
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const langPath = path.join(path.dirname(require.resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int');
  const worker = await createWorker('deu', 1, { langPath, cacheMethod: 'none', gzip: true });
  try {
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(pdf.numPages, MAX_RECOGNISED_PAGES); number += 1) {
      const page = await pdf.getPage(number);
      const canvas = await drawPage(page, RECOGNITION_SCALE);
      const { data } = await worker.recognize(await canvas.encode('png'));
      pages.push(pageTextFromLines(data.text));
      page.cleanup();
    }
    return pages;
  } catch {
    // Recognition is a help, not a requirement: the page then says it has no searchable text.
    return [];
  } finally {
    await worker.terminate();
  }
}

/** Recognised lines to paragraphs, like pdf.js text: blank lines separate them, hyphenated line ends joined. */
function pageTextFromLines(text: string): string {
  return pageText(text.split('\n').map((line) => ({ str: line, hasEOL: true })));
}

async function drawPreview(pdf: { getPage(n: number): Promise<any> }, file: string): Promise<{ width: number; height: number }> {
  const page = await pdf.getPage(1);
  const natural = page.getViewport({ scale: 1 });
  const canvas = await drawPage(page, (PREVIEW_WIDTH * PREVIEW_SCALE) / natural.width);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await canvas.encode('jpeg', 80));
  page.cleanup();
  return { width: PREVIEW_WIDTH, height: Math.round((PREVIEW_WIDTH * natural.height) / natural.width) };
}

/** Text without fixed pages (Word, plain text): one page, paragraphs at blank lines. */
function plainText(value: string, hash: string): DocumentText {
  const text = value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { hash, pages: [text], hasText: /\p{L}{2}/u.test(text) };
}

/** OpenDocument and PowerPoint: the text of every paragraph, slide by slide, as one section. */
async function readOffice(bytes: Buffer, hash: string): Promise<DocumentText> {
  const { OfficeParser, OfficeGenerator } = await import('officeparser');
  try {
    const ast = await OfficeParser.parseOffice(bytes);
    const { value } = await OfficeGenerator.generate(ast, 'text');
    // One line per paragraph in officeparser's text; blank lines separate paragraphs here.
    return plainText(String(value).split('\n').join('\n\n'), hash);
  } catch (error) {
    return { hash, pages: [], hasText: false, problem: /password|encrypt/i.test(String(error)) ? 'encrypted' : 'corrupt', detail: String(error) };
  }
}

async function readWord(bytes: Buffer, hash: string): Promise<DocumentText> {
  const mammoth = await import('mammoth');
  try {
    return plainText((await mammoth.extractRawText({ buffer: bytes })).value, hash);
  } catch (error) {
    return { hash, pages: [], hasText: false, problem: 'corrupt', detail: String(error) };
  }
}
