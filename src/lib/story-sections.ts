/** Which of the good-practice sections a story body does not cover yet. */
import { STORY_SECTIONS } from '../schemas/stories.ts';
import type { Heading } from './toc.ts';

export function missingSections(headings: readonly Heading[]): string[] {
  const present = new Set(headings.filter((h) => h.depth === 2).map((h) => h.text.trim().toLowerCase()));
  return STORY_SECTIONS.filter((section) => !present.has(section.toLowerCase()));
}
