/**
 * The bad-input corpus (tests/fixtures/content-check/bad/): each case is a
 * folder laid over the valid mini site in ../base/, with an expected.json
 * naming the one problem it must produce.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const fixtures = path.resolve('tests/fixtures/content-check');
export const baseSite = path.join(fixtures, 'base');
export const caseNames = fs.readdirSync(path.join(fixtures, 'bad')).sort();

/**
 * Files a case cannot hold in Git as they are: large files, symlinks (to
 * files outside the site), text in another encoding. Made when the test runs.
 */
type Generated =
  | { path: string; bytes: number; head?: string; fill?: string }
  | { path: string; latin1: string }
  | { symlink: string; target: string }
  | { outside: string; content: string };

export interface Expected {
  note: string;
  file: string;
  field?: string;
  line?: number;
  /** The whole message, exactly. */
  message: string;
  fix?: string;
  severity?: 'warning';
  generate?: Generated[];
}

export function siteForCase(name: string): { dir: string; expected: Expected } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wissensnetz-${name}-`));
  const site = path.join(dir, 'site');
  const outside = path.join(dir, 'outside');
  fs.mkdirSync(outside);
  fs.cpSync(baseSite, site, { recursive: true });
  const caseDir = path.join(fixtures, 'bad', name);
  const expected = JSON.parse(fs.readFileSync(path.join(caseDir, 'expected.json'), 'utf8')) as Expected;
  fs.cpSync(caseDir, site, { recursive: true, filter: (source) => path.basename(source) !== 'expected.json' });
  for (const item of expected.generate ?? []) {
    if ('symlink' in item) {
      const link = path.join(site, item.symlink);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(item.target.replace('$OUTSIDE', outside), link);
    } else if ('outside' in item) {
      fs.writeFileSync(path.join(outside, item.outside), item.content);
    } else if ('latin1' in item) {
      fs.writeFileSync(path.join(site, item.path), Buffer.from(item.latin1, 'latin1'));
    } else {
      const file = path.join(site, item.path);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const head = Buffer.from(item.head ?? '');
      if (item.fill) {
        fs.writeFileSync(file, Buffer.concat([head, Buffer.from(item.fill.repeat(Math.ceil(item.bytes / item.fill.length)))]));
      } else {
        // Sparse: a large file costs no disk and no time.
        fs.writeFileSync(file, head);
        fs.truncateSync(file, item.bytes);
      }
    }
  }
  return { dir: site, expected };
}

