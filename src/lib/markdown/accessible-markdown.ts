/**
 * A Sätteri HAST plugin that fixes two accessibility gaps of plain
 * GitHub-flavoured Markdown output (both found by axe):
 *
 * - Tables scroll sideways on narrow screens, so keyboard users must be able
 *   to focus them (WCAG 2.1.1): each table is wrapped in a focusable,
 *   labelled region.
 * - Task-list checkboxes have no label (WCAG 4.1.2): each gets one from its
 *   item text, saying whether the task is done.
 */
import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';

export const TABLE_REGION_LABEL = 'Tabelle, seitlich scrollbar';

export const accessibleMarkdown = defineHastPlugin({
  name: 'wissensnetz-accessible-markdown',
  element: [
    {
      filter: ['table'],
      visit(node, ctx) {
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: TABLE_REGION_LABEL },
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
        const state = node.properties['checked'] ? 'Erledigt' : 'Offen';
        ctx.setProperty(node, 'ariaLabel', text ? `${state}: ${text}` : state);
      },
    },
  ],
});
