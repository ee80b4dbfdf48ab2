/** GitHub-flavoured Markdown renders the same in .md and .mdx files (synthetic fixture pages). */
import { expect, test } from '@playwright/test';

for (const extension of ['md', 'mdx']) {
  test(`GFM renders in a .${extension} file`, async ({ page }) => {
    await page.goto(`/gfm-${extension}/`);
    const prose = page.locator('.prose');
    await expect(prose.getByRole('table').getByRole('columnheader')).toHaveText(['Stadt', 'Stellen']);
    // Right-aligned in Markdown (--:), stated logically so it follows the writing direction.
    await expect(prose.getByRole('cell', { name: '2' })).toHaveCSS('text-align', 'end');
    const tasks = prose.getByRole('checkbox');
    await expect(tasks).toHaveCount(2);
    await expect(tasks.first()).toBeChecked();
    await expect(tasks.last()).not.toBeChecked();
    await expect(prose.locator('del')).toHaveText('veraltet');
    await expect(prose.getByRole('link', { name: 'https://example.org/gfm-autolink' })).toHaveAttribute(
      'href',
      'https://example.org/gfm-autolink',
    );
    const footnoteRef = prose.locator('sup a[data-footnote-ref]');
    await expect(footnoteRef).toHaveText('1');
    await footnoteRef.click();
    await expect(prose.locator('section.footnotes li').first()).toContainText('Die Fußnote zum Satz.');
    await expect(prose.locator('section.footnotes').getByRole('heading', { level: 2 })).toHaveText('Fußnoten');
  });
}
