/**
 * Nothing in public/ may be a symlink: the build copies public/ into the
 * site, and a link could publish any file of the build machine. (Files in
 * public/downloads/ are checked in detail by the downloads rule.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../problems.ts';
import type { Rule } from '../view.ts';
import { SYMLINK_PROBLEM } from '../walk.ts';

export const publicFiles: Rule = (view) => {
  const problems: ContentProblem[] = [];
  const downloads = path.join(view.publicDir, 'downloads');
  const visit = (folder: string) => {
    if (!fs.existsSync(folder) || fs.lstatSync(folder).isSymbolicLink()) return;
    for (const dirent of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, dirent.name);
      if (absolute === downloads) continue;
      if (dirent.isSymbolicLink()) problems.push({ file: view.display(absolute), ...SYMLINK_PROBLEM });
      else if (dirent.isDirectory()) visit(absolute);
    }
  };
  if (fs.existsSync(view.publicDir) && fs.lstatSync(view.publicDir).isSymbolicLink()) {
    problems.push({ file: view.display(view.publicDir), ...SYMLINK_PROBLEM });
  } else {
    visit(view.publicDir);
  }
  return problems;
};
