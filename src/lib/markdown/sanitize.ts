/**
 * What contributed Markdown may put on a page, and the Sätteri plugin that
 * enforces it on every .md and .mdx body.
 *
 * The allowlist is GitHub's (hast-util-sanitize's `defaultSchema`, which
 * follows github.com's Markdown sanitising) with three changes for this site:
 * links may also use `tel:`; `<picture>`/`<source>` are left out because a
 * `srcset` cannot be checked for foreign hosts; and media may only come from
 * the site itself, because every request to another host tells that host who
 * reads what (README, "Privacy"). `npm run check:content` reports everything
 * this removes (tooling/content-check/rules/body-markup.ts), so nothing a
 * contributor wrote disappears without a message; the plugin is the second
 * line for whatever reaches the build anyway.
 *
 * In .mdx (maintainers only, see CODEOWNERS) components and expressions are
 * kept; HTML written as lowercase JSX is cleaned like HTML in .md.
 */
import { defineHastPlugin } from 'satteri';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

/**
 * GFM column alignment (`|:--|--:|`) arrives as style="text-align: …". The
 * site states it as a class instead: inline styles are refused from
 * contributors and by the Content-Security-Policy. Logical values, so the
 * alignment follows the writing direction.
 */
const ALIGNMENT = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i;
const LOGICAL_ALIGNMENT: Record<string, string> = { left: 'align-start', center: 'align-center', right: 'align-end' };
const ALIGNMENT_CLASSES = Object.values(LOGICAL_ALIGNMENT);

export function alignmentClass(style: unknown): string | undefined {
  const match = typeof style === 'string' ? ALIGNMENT.exec(style) : null;
  return match ? LOGICAL_ALIGNMENT[match[1]!.toLowerCase()] : undefined;
}

export const tableAlignment = defineHastPlugin({
  name: 'wissensnetz-table-alignment',
  element: [
    {
      filter: ['th', 'td'],
      visit(node, ctx) {
        const alignment = alignmentClass(node.properties['style']);
        if (!alignment) return;
        ctx.setProperty(node, 'className', [alignment]);
        ctx.setProperty(node, 'style', undefined);
      },
    },
  ],
});

const withoutResponsiveImages = (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source');

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: withoutResponsiveImages,
  attributes: {
    ...defaultSchema.attributes,
    th: [['className', ...ALIGNMENT_CLASSES]],
    td: [['className', ...ALIGNMENT_CLASSES]],
  },
  // Removed with their content, not unwrapped: their text is code or styling, never prose.
  strip: ['script', 'style', 'template', 'textarea', 'noscript'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

/** Attributes that make the browser fetch something. */
export const SOURCE_ATTRIBUTES = ['src', 'poster', 'srcSet', 'data', 'background'] as const;

/**
 * True when the browser would fetch `url` from another host: an absolute URL,
 * or a scheme-relative one ("//host/…", also "/\host/…", which browsers read
 * the same way). Browsers drop tabs and line breaks from URLs first.
 */
export function isForeignSource(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(cleaned) || /^[\\/][\\/]/.test(cleaned);
}

const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

/** Sanitises a plain HTML tree (no MDX nodes). */
export function sanitizeHtmlTree(root: Root): Root {
  const clean = sanitize(root, SANITIZE_SCHEMA) as Root;
  dropForeignSources(clean);
  relinkClobberedFragments(clean);
  return clean;
}

function eachElement(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      eachElement(child, visit);
    }
  }
}

function dropForeignSources(root: Root): void {
  eachElement(root, (element) => {
    for (const key of SOURCE_ATTRIBUTES) {
      const value = element.properties[key];
      if (typeof value === 'string' && isForeignSource(value)) delete element.properties[key];
    }
  });
}

/**
 * The sanitiser prefixes ids so a contributed `id="…"` cannot clobber
 * globals the site's scripts use; in-page links to such ids follow the
 * prefix (GitHub does the same in the browser).
 */
function relinkClobberedFragments(root: Root): void {
  const ids = new Set<string>();
  eachElement(root, (element) => {
    if (typeof element.properties['id'] === 'string') ids.add(element.properties['id']);
  });
  eachElement(root, (element) => {
    const href = element.properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && !href.startsWith(`#${CLOBBER_PREFIX}`)) {
      const target = `${CLOBBER_PREFIX}${decodeURIComponent(href.slice(1))}`;
      if (ids.has(target)) element.properties['href'] = `#${target}`;
    }
  });
}

// ---- MDX: components and expressions stay, lowercase JSX is HTML ----------

type MdxNode = RootContent & { type: string; name?: string | null; attributes?: MdxAttribute[]; children?: MdxNode[] };
interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const PLACEHOLDER_TAG = 'wissensnetz-mdx-node';
const PLACEHOLDER_KEY = 'dataWissensnetzMdxNode';

/** True for `<Callout>`, `<Foo.Bar>`: components a maintainer imported. Lowercase names are HTML. */
const isComponentName = (name: string | null | undefined) => !name || /^[A-Z]|[.]/.test(name);

/**
 * Sanitises a tree that may hold MDX nodes: each MDX node is parked as a
 * placeholder element (with a per-run token no contributor can guess), the
 * whole tree is sanitised in one pass so ancestor rules still apply, then
 * the MDX nodes are put back with their cleaned children.
 */
export function sanitizeMdxTree(root: Root): Root {
  const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const parked: MdxNode[] = [];
  const park = (node: MdxNode): ElementContent => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !isComponentName(node.name)) {
      return { type: 'element', tagName: node.name!, properties: htmlProperties(node.attributes ?? []), children: (node.children ?? []).map(convert) };
    }
    parked.push(node);
    return {
      type: 'element',
      tagName: PLACEHOLDER_TAG,
      properties: { [PLACEHOLDER_KEY]: `${token}:${parked.length - 1}` },
      children: (node.children ?? []).map(convert),
    };
  };
  const convert = (node: MdxNode | RootContent): ElementContent => {
    const mdx = node as MdxNode;
    if (mdx.type.startsWith('mdx')) return park(mdx);
    if (mdx.type === 'element') {
      const element = mdx as unknown as Element;
      return { ...element, properties: { ...element.properties }, children: element.children.map(convert) };
    }
    return { ...(mdx as unknown as ElementContent) };
  };
  const plain: Root = { type: 'root', children: root.children.map(convert) };
  const schema: Schema = {
    ...SANITIZE_SCHEMA,
    tagNames: [...(SANITIZE_SCHEMA.tagNames ?? []), PLACEHOLDER_TAG],
    attributes: { ...SANITIZE_SCHEMA.attributes, [PLACEHOLDER_TAG]: [PLACEHOLDER_KEY] },
  };
  const clean = sanitize(plain, schema) as Root;
  dropForeignSources(clean);
  relinkClobberedFragments(clean);
  const restore = (node: RootContent): RootContent => {
    if (node.type !== 'element') return node;
    const marker = node.properties[PLACEHOLDER_KEY];
    const children = node.children.map(restore) as ElementContent[];
    if (node.tagName === PLACEHOLDER_TAG && typeof marker === 'string' && marker.startsWith(`${token}:`)) {
      const original = withoutInternals(parked[Number(marker.slice(token.length + 1))]!);
      return { ...original, ...(original.children ? { children } : {}) } as RootContent;
    }
    return { ...node, children };
  };
  return { type: 'root', children: clean.children.map(restore) };
}

/** Sätteri's lazy nodes carry bookkeeping fields (`_id`, `_resolver`) that must not be copied into new nodes. */
function withoutInternals(node: MdxNode): MdxNode {
  return Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('_'))) as MdxNode;
}

/** Literal attributes of lowercase JSX as hast properties; `{expressions}` are dropped (the checker reports them). */
function htmlProperties(attributes: readonly MdxAttribute[]): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    else if (typeof attribute.value === 'string') properties[jsxToHastName(attribute.name)] = attribute.value;
  }
  return properties;
}

/** JSX spells HTML attributes as the DOM does (className, htmlFor); hast's names follow the same casing. */
function jsxToHastName(name: string): string {
  if (name === 'class') return 'className';
  if (name === 'for') return 'htmlFor';
  if (name.startsWith('data-') || name.startsWith('aria-')) {
    return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  }
  return name;
}

export const sanitizeMarkdown = defineHastPlugin({
  name: 'wissensnetz-sanitize',
  after(root, ctx) {
    const tree = root as unknown as Root;
    ctx.replaceNode(root, ctx.sourceFormat === 'mdx' ? sanitizeMdxTree(tree) : sanitizeHtmlTree(tree));
  },
});
