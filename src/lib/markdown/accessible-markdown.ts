/**
 * A Sätteri HAST plugin that fixes two accessibility gaps of plain
 * GitHub-flavoured Markdown output (both found by axe):
 *
 * - Tables scroll sideways on narrow screens, so keyboard users must be able
 *   to focus them (WCAG 2.1.1): each table is wrapped in a focusable,
 *   labelled region.
 * - Task-list checkboxes have no label (WCAG 4.1.2): each gets its item
 *   text (the checked state is announced by the checkbox itself; on module
 *   pages the reader can tick them, src/lib/inline-scripts.ts).
 */
import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';

/** Each table region needs its own name (landmarks must be unique): "Tabelle 2, seitlich scrollbar". */
export const tableRegionLabel = (number: number) => `Tabelle ${number}, seitlich scrollbar`;

export const accessibleMarkdown = defineHastPlugin({
  name: 'wissensnetz-accessible-markdown',
  element: [
    {
      filter: ['table'],
      visit(node, ctx) {
        const number = ((ctx.data['tableCount'] as number | undefined) ?? 0) + 1;
        ctx.data['tableCount'] = number;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: tableRegionLabel(number) },
          children: [],
        });
      },
    },
    {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties['type'] !== 'checkbox') return;
        const item = ctx.parent(node) as Readonly<Element> | undefined;
        const text = item ? ctx.textContent(item).trim() : '';
        if (text) ctx.setProperty(node, 'ariaLabel', text);
      },
    },
  ],
});
