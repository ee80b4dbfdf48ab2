/** Builds the "Auf dieser Seite" tree from a page's headings. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** A table of contents is worth showing only from this many headings on. */
export const MIN_TOC_HEADINGS = 3;

export function buildToc(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings.filter((h) => h.depth >= 2 && h.depth <= maxDepth)) {
    const item: TocItem = { ...heading, children: [] };
    const parent = items.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

export function shouldShowToc(headings: readonly Heading[]): boolean {
  return headings.filter((h) => h.depth === 2 || h.depth === 3).length >= MIN_TOC_HEADINGS;
}
