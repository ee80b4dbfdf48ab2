/**
 * What `astro dev` must not watch: folders the site never reads, which hold
 * the generated sites, corpora and outputs of tests and benchmarks (tens of
 * thousands of files in bench/.output/, bench/starlight/src/content/,
 * tests/.output/, dist/). Walking them to set up watchers made the dev
 * server take 15–20 s to start (docs/incremental-builds.md). The site being
 * served is watched even when it is inside one of them (a synthetic test site).
 */
import path from 'node:path';

// Nothing under src/, tooling/ or the site's content/ and public/ imports from these.
const GENERATED_FOLDERS = ['tests', 'bench', 'dist', 'playwright-report', 'test-results'];

export function generatedFilesIgnored(root: string, siteDir: string): (file: string) => boolean {
  const generated = GENERATED_FOLDERS.map((folder) => path.resolve(root, folder));
  // The served site's input; the real site's is content/ and public/ at the root.
  const served = ['content', 'public'].map((folder) => path.resolve(siteDir, folder));
  const inside = (file: string, folder: string) => file.startsWith(folder + path.sep);
  return (file) => {
    const absolute = path.resolve(root, file);
    if (served.some((folder) => absolute === folder || inside(absolute, folder) || inside(folder, absolute))) return false;
    return generated.some((folder) => absolute === folder || inside(absolute, folder));
  };
}
