/**
 * Everything in a body that the Markdown sanitiser (src/lib/markdown/sanitize.ts)
 * would remove or that would load from another host, reported with line and
 * fix, so nothing a contributor writes disappears without a message. The
 * body is parsed exactly as the build parses it and each element is judged
 * by the sanitiser itself, with its real ancestors; this module only words
 * the verdicts. Images also need alt text.
 */
import { markdownToHast, mdxToHast } from 'satteri';
import { sanitize } from 'hast-util-sanitize';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { alignmentClass, isForeignSource, SANITIZE_SCHEMA, SOURCE_ATTRIBUTES } from '../../../src/lib/markdown/sanitize.ts';
import { markdownOptions } from '../../../src/lib/markdown/processor.ts';
import type { ContentProblem } from '../problems.ts';
import type { CheckedEntry, Rule } from '../view.ts';
import { openBodyVerdicts, type BodyFinding, type BodyVerdicts } from '../body-verdicts.ts';

interface Finding {
  message: string;
  fix: string;
  /** What to look for in the source to name the line. */
  needle: RegExp;
}

export const bodyMarkup: Rule = (view) => {
  const stored = openBodyVerdicts(view.cacheDir);
  const problems = view.entries.flatMap((entry) => checkBodyOnce(entry, stored));
  stored.save();
  return problems;
};

/**
 * Parsing every body is the check's largest cost. Its verdict is kept in the
 * build's cache folder for the next check (body-verdicts.ts), and, for a
 * check without one, with the entry: an entry that `astro dev`'s next check
 * reads unchanged is the same object (read-entry.ts). Every body passes
 * through the kept verdicts, so they hold all of this check's bodies.
 */
const verdicts = new WeakMap<CheckedEntry, BodyFinding[]>();

function checkBodyOnce(entry: CheckedEntry, stored: BodyVerdicts): ContentProblem[] {
  const earlier = verdicts.get(entry);
  const findings = stored.of(entry.extension, entry.body, () => earlier ?? judgeBody(entry.extension, entry.body));
  verdicts.set(entry, findings);
  return findings.map((finding) => ({ file: entry.file, line: entry.bodyStartLine + finding.line, message: finding.message, fix: finding.fix }));
}

/** The body's findings, each with its line counted from the body's first line (0). */
function judgeBody(extension: CheckedEntry['extension'], body: string): BodyFinding[] {
  const findings = extension === '.mdx' ? mdxFindings(body) : htmlFindings(markdownTree(body));
  const lines = new Locator(body, 0);
  return findings.map((finding) => ({ line: lines.lineOf(finding.needle), message: finding.message, fix: finding.fix }));
}

function markdownTree(body: string): Root {
  // Parsed with the build's own features: raw HTML becomes elements.
  return markdownToHast(body, { features: markdownOptions.features }) as unknown as Root;
}

function htmlFindings(root: Root): Finding[] {
  const findings: Finding[] = [];
  const visit = (element: Element, ancestors: readonly Element[]) => {
    const verdict = judge(element, ancestors);
    findings.push(...verdict);
    const removedWithContent = (SANITIZE_SCHEMA.strip ?? []).includes(element.tagName);
    if (!removedWithContent) walk(element.children, [...ancestors, element]);
  };
  const walk = (children: readonly ElementContent[] | Root['children'], ancestors: readonly Element[]) => {
    for (const child of children) if (child.type === 'element') visit(child, ancestors);
  };
  walk(root.children, []);
  return findings;
}

/** Runs the sanitiser on the element (without children) inside copies of its ancestors and compares. */
function judge(original: Element, ancestors: readonly Element[]): Finding[] {
  const element = withAlignmentClass(original);
  const shallow = (node: Element, child?: Element): Element => ({
    type: 'element',
    tagName: node.tagName,
    properties: node === element ? { ...node.properties } : {},
    children: child ? [child] : [],
  });
  const kept = ancestors.filter((ancestor) => (SANITIZE_SCHEMA.tagNames ?? []).includes(ancestor.tagName));
  let chain = shallow(element);
  for (const ancestor of [...kept].reverse()) chain = shallow(ancestor, chain);
  let survivor: Element | undefined = (sanitize({ type: 'root', children: [chain] }, SANITIZE_SCHEMA) as Root).children.find(
    (node): node is Element => node.type === 'element',
  );
  for (let depth = 0; survivor && depth < kept.length; depth += 1) {
    survivor = survivor.children.find((node): node is Element => node.type === 'element');
  }
  if (!survivor || survivor.tagName !== element.tagName) return [elementFinding(element)];
  if (element.tagName === 'input' && Object.keys(element.properties).some((key) => !(key in survivor!.properties))) {
    return [elementFinding(element)];
  }
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (!(key in survivor.properties)) findings.push(attributeFinding(element.tagName, key, value));
    else if ((SOURCE_ATTRIBUTES as readonly string[]).includes(key) && typeof value === 'string' && isForeignSource(value)) {
      findings.push(foreignSourceFinding(element.tagName, value));
    }
  }
  if (element.tagName === 'img' && !String(element.properties['alt'] ?? '').trim()) {
    const source = String(element.properties['src'] ?? '');
    findings.push({
      message: `Das Bild "${source}" hat keinen Alternativtext.`,
      fix: 'In die eckigen Klammern beschreiben, was das Bild zeigt: ![Teilnehmende im Plenum](…). Menschen, die nicht sehen, hören diesen Text.',
      needle: source ? literal(source) : /!\[\s*\]|<img\b/i,
    });
  }
  return findings;
}

/** Column alignment from Markdown tables is converted before sanitising, as in the build. */
function withAlignmentClass(element: Element): Element {
  const alignment = ['th', 'td'].includes(element.tagName) ? alignmentClass(element.properties['style']) : undefined;
  if (!alignment) return element;
  const { style: _style, ...rest } = element.properties;
  return { ...element, properties: { ...rest, className: [alignment] } };
}

const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const tagNeedle = (tag: string) => new RegExp(`<${tag}\\b`, 'i');

const ELEMENT_FIXES: [readonly string[], string][] = [
  [['script', 'noscript'], 'Das Skript entfernen. Interaktive Elemente baut das Entwicklungsteam in src/components/.'],
  [['iframe', 'object', 'embed', 'video', 'audio', 'frame', 'frameset', 'applet', 'portal'],
    'Eingebettete Inhalte anderer Websites sind nicht möglich. Stattdessen einen Link setzen: [Titel](https://…); eigene Dateien nach public/downloads/ legen und verlinken.'],
  [['style', 'link', 'font', 'center'], 'Formatierungen mit Markdown schreiben (**fett**, _kursiv_, Überschriften mit #, Listen mit -). Das Aussehen legt die Website fest.'],
  [['meta', 'base', 'head', 'title', 'html', 'body'], 'Die Zeile entfernen: Kopfdaten und Weiterleitungen setzt die Website selbst (Weiterleitungen: content/redirects.yaml).'],
  [['form', 'input', 'button', 'select', 'textarea', 'option', 'label', 'fieldset'],
    'Formulare sind auf dieser Website nicht möglich. Stattdessen auf das Formular beim Anbieter verlinken: [Zum Anmeldeformular](https://…).'],
  [['svg', 'math', 'canvas', 'picture', 'source', 'img'], 'Bilder als Datei nach public/downloads/ legen und mit ![Beschreibung](/downloads/…) einbinden.'],
];

function elementFinding(element: Element): Finding {
  const tag = element.tagName;
  const fix = ELEMENT_FIXES.find(([tags]) => tags.includes(tag))?.[1]
    ?? 'Stattdessen Markdown verwenden. Erlaubt sind u. a. <details>, <summary>, <kbd>, <sup>, <sub> und <br>.';
  const what = tag === 'input' ? 'Ein Formularfeld (<input>)' : `Das HTML-Element <${tag}>`;
  return { message: `${what} ist im Text nicht erlaubt und würde entfernt.`, fix, needle: tagNeedle(tag) };
}

/** hast property name → HTML attribute as written: onError → onerror, dataFoo → data-foo, className → class. */
function attributeName(property: string): string {
  const special: Record<string, string> = { className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv', acceptCharset: 'accept-charset' };
  if (special[property]) return special[property];
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

function attributeFinding(tag: string, property: string, value: unknown): Finding {
  const name = attributeName(property);
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  if (name.startsWith('on')) {
    return {
      message: `Das Attribut ${name} an <${tag}> würde Programmcode ausführen und ist nicht erlaubt.`,
      fix: `"${name}=…" entfernen.`,
      needle: new RegExp(`<${tag}\\b[^>]*\\b${name}\\s*=`, 'i'),
    };
  }
  if (['href', 'src', 'cite', 'longdesc'].includes(name)) {
    return {
      message: `Die Adresse "${shorten(text)}" ist nicht erlaubt: Sie würde ${/^\s*(javascript|vbscript|data)\s*:/i.test(text) ? 'Programmcode ausführen oder Inhalte einschleusen' : 'kein gewöhnliches Ziel öffnen'}.`,
      fix: 'Nur Adressen mit https://, http://, mailto: (E-Mail) oder tel: (Telefon) verwenden, oder eine Adresse dieser Website wie /themen/finanzierung/.',
      needle: literal(text.trim().slice(0, 60)),
    };
  }
  if (name === 'style') {
    return {
      message: `Das Attribut style an <${tag}> ist nicht erlaubt und würde entfernt.`,
      fix: 'Formatierungen mit Markdown schreiben (**fett**, _kursiv_); Farben und Abstände legt die Website fest.',
      needle: new RegExp(`<${tag}\\b[^>]*\\bstyle\\s*=`, 'i'),
    };
  }
  return {
    message: `Das Attribut ${name} an <${tag}> ist nicht erlaubt und würde entfernt.`,
    fix: `"${name}=…" entfernen.`,
    needle: new RegExp(`<${tag}\\b[^>]*\\b${name}\\b`, 'i'),
  };
}

function foreignSourceFinding(tag: string, url: string): Finding {
  let host = url;
  try {
    host = new URL(url.trim().replace(/^[\\/]{2}/, 'https://')).host;
  } catch {
    // keep the text as written
  }
  return {
    message: `${tag === 'img' ? 'Das Bild' : `<${tag}>`} würde von einer anderen Website geladen (${host}). Jeder Abruf verrät dieser Website, wer die Seite liest; das ist hier nicht erlaubt.`,
    fix: 'Datei nach public/downloads/ legen und als /downloads/… einbinden, z. B. ![Beschreibung](/downloads/2018-berlin/foto.jpg).',
    needle: literal(url.trim().slice(0, 60)),
  };
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

// ---- .mdx: lowercase JSX is HTML; components and code are for maintainers ----

interface MdxNode {
  type: string;
  name?: string | null;
  tagName?: string;
  properties?: Properties;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

function mdxFindings(body: string): Finding[] {
  let tree: MdxNode;
  try {
    tree = mdxToHast(body, { features: { gfm: markdownOptions.features.gfm } }) as unknown as MdxNode;
  } catch (error) {
    return [{
      message: `Der MDX-Text lässt sich nicht lesen: ${String((error as Error).message ?? error).split('\n')[0]}`,
      fix: 'Geschweifte Klammern { } und spitze Klammern < > in MDX nur für Komponenten verwenden, sonst als \\{ oder &lt; schreiben.',
      needle: /^/,
    }];
  }
  const findings: Finding[] = [];
  // Lowercase JSX becomes an element with its literal attributes; expressions are reported.
  const toHtml = (node: MdxNode): MdxNode => {
    const children = (node.children ?? []).map(toHtml);
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isJsx && node.name && /^[a-z][a-z0-9-]*$/.test(node.name)) {
      const properties: Properties = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
          findings.push(expressionFinding(node.name, '{…}'));
        } else if (attribute.value !== null && typeof attribute.value === 'object') {
          findings.push(expressionFinding(node.name, attribute.name));
        } else {
          properties[attribute.name === 'class' ? 'className' : attribute.name] = (attribute.value ?? true) as string | boolean;
        }
      }
      return { type: 'element', tagName: node.name, properties, children };
    }
    return { ...node, children };
  };
  const converted = toHtml(tree);
  // Components keep their place; their children are still judged as HTML.
  const flatten = (nodes: MdxNode[]): ElementContent[] =>
    nodes.flatMap((node) => {
      if (node.type === 'element') return [{ ...node, children: flatten(node.children ?? []) } as unknown as Element];
      return flatten(node.children ?? []);
    });
  findings.push(...htmlFindings({ type: 'root', children: flatten(converted.children ?? []) }));
  return findings;
}

function expressionFinding(tag: string, attribute: string): Finding {
  return {
    message: `Das Attribut ${attribute} an <${tag}> ist ein Ausdruck in { }; an HTML-Elementen sind nur feste Werte in Anführungszeichen erlaubt.`,
    fix: `Einen festen Wert schreiben (${attribute}="…") oder das Attribut entfernen; Verhalten bauen Entwickler*innen als Komponente in src/components/.`,
    needle: new RegExp(`<${tag}\\b[^>]*\\b${attribute === '{…}' ? '\\{' : attribute}`, 'i'),
  };
}

/** Finds the line of each finding in the source, the n-th finding of a needle at its n-th match. */
class Locator {
  private readonly used = new Map<string, number>();
  private readonly source: string;
  private readonly firstLine: number;

  constructor(source: string, firstLine: number) {
    this.source = source;
    this.firstLine = firstLine;
  }

  lineOf(needle: RegExp): number {
    const key = needle.source + needle.flags;
    const from = this.used.get(key) ?? 0;
    const pattern = new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : `${needle.flags}g`);
    pattern.lastIndex = from;
    const match = pattern.exec(this.source);
    if (!match) return this.firstLine;
    this.used.set(key, match.index + Math.max(1, match[0].length));
    return this.firstLine + this.source.slice(0, match.index).split('\n').length - 1;
  }
}
