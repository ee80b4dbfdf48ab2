/** Training modules in learning order. */
import type { Entry } from './site-data.ts';

export function modulesInOrder(modules: readonly Entry<'modules'>[]): Entry<'modules'>[] {
  return [...modules].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
