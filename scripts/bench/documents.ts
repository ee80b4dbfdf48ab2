/**
 * Reading meeting documents (src/lib/documents/extract.ts): text of every
 * page and the first page's preview, for 200 synthetic PDFs (1–10 pages,
 * scripts/synthetic/documents.ts), cold (empty cache) and warm (every file
 * cached by its hash). The budget: at most 1 s per 100 pages cold,
 * nothing warm. Runs in a child process so the cache folder can be its own.
 *
 *   node scripts/bench/documents.ts [--documents 200]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { syntheticPdf } from '../synthetic/documents.ts';
import { SENTENCES } from '../synthetic/text-bank.ts';

export interface DocumentMeasurement {
  documents: number;
  pages: number;
  bytes: number;
  coldMs: number;
  warmMs: number;
}

const OUTPUT = path.resolve('bench/.output/documents');

async function writeCorpus(count: number): Promise<{ files: string[]; pages: number; bytes: number }> {
  fs.rmSync(OUTPUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(OUTPUT, 'files'), { recursive: true });
  const files: string[] = [];
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const pageCount = 1 + (i % 10);
    const text = Array.from({ length: pageCount }, (_, page) =>
      Array.from({ length: 6 }, (_, paragraph) => `${SENTENCES[(i + page + paragraph) % SENTENCES.length]} ${SENTENCES[(i * 7 + page * 3 + paragraph) % SENTENCES.length]} (Dokument ${i + 1}, Seite ${page + 1})`),
    );
    const pdf = await syntheticPdf(`Synthetisches Protokoll ${i + 1}`, text);
    const file = path.join(OUTPUT, 'files', `dokument-${i + 1}.pdf`);
    fs.writeFileSync(file, pdf);
    files.push(file);
    pages += pageCount;
    bytes += pdf.length;
  }
  return { files, pages, bytes };
}

/** Reads every file once in a fresh process and returns the milliseconds it took. */
function timedRead(files: string[], cacheDir: string): number {
  const script = `import { readDocument } from './src/lib/documents/extract.ts';
const files = ${JSON.stringify(files)};
const start = performance.now();
for (const file of files) await readDocument(file);
console.log(JSON.stringify({ ms: performance.now() - start }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, WISSENSNETZ_DOCUMENT_CACHE: cacheDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number }).ms;
}

export async function measureDocuments(count = 200): Promise<DocumentMeasurement> {
  const { files, pages, bytes } = await writeCorpus(count);
  const cacheDir = path.join(OUTPUT, 'cache');
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const coldMs = timedRead(files, cacheDir);
  const warmMs = timedRead(files, cacheDir);
  return { documents: count, pages, bytes, coldMs, warmMs };
}

export function documentReport(result: DocumentMeasurement): string {
  const perHundred = (ms: number) => `${((ms / result.pages) * 100 / 1000).toFixed(2)} s`;
  return [
    `Unterlagen lesen (Text je Seite + Vorschau der ersten Seite): ${result.documents} synthetische PDFs, ${result.pages} Seiten, ${(result.bytes / 1024 / 1024).toFixed(1)} MB`,
    `  kalt (leerer Cache): ${(result.coldMs / 1000).toFixed(2)} s = ${perHundred(result.coldMs)} je 100 Seiten (Budget: 1 s)`,
    `  warm (alles im Cache): ${(result.warmMs / 1000).toFixed(2)} s = ${perHundred(result.warmMs)} je 100 Seiten`,
  ].join('\n');
}

if (import.meta.main) {
  const index = process.argv.indexOf('--documents');
  console.log(documentReport(await measureDocuments(index >= 0 ? Number(process.argv[index + 1]) : 200)));
}
