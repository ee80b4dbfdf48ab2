/**
 * Last-changed dates of content files from git history. One `git log` for
 * the whole repository instead of one per page: on a large site a process
 * per page would dominate the build.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let cache: Map<string, Date> | undefined;

function readHistory(): Map<string, Date> {
  const dates = new Map<string, Date>();
  let output = '';
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
    output = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    let current: Date | undefined;
    for (const line of output.split('\n')) {
      if (line.startsWith('\0')) {
        current = new Date(line.slice(1));
      } else if (line && current) {
        const absolute = path.join(root, line);
        // Newest commits come first: keep the first date seen per file.
        if (!dates.has(absolute)) dates.set(absolute, current);
      }
    }
  } catch {
    // Not a git checkout (e.g. a downloaded archive): pages simply show no date.
  }
  return dates;
}

/** Date of the last commit that touched `filePath` (relative to the project root), if any. */
export function lastCommitDate(filePath: string | undefined): Date | undefined {
  if (!filePath) return undefined;
  cache ??= readHistory();
  return cache.get(path.resolve(filePath));
}
