/**
 * The pages of meeting documents: one per file a meeting lists, at
 * /treffen/<meeting>/unterlagen/<name>/, <name> being the file name
 * without extension as an address (with the extension when two files of
 * one meeting share a name). Pure: the page model, the route and the
 * tests derive the same addresses from the meeting's data.
 */
import path from 'node:path';
import { entryUrl } from '../urls.ts';
import { germanSlug } from '../german-text.ts';
import type { MeetingData } from '../../schemas/meetings.ts';

type ListedFile = NonNullable<MeetingData['documents']>['files'][number];

export interface MeetingDocument extends ListedFile {
  meetingId: string;
  /** The document's own address segment. */
  slug: string;
  /** The document page. */
  path: string;
}

/** Anchor of a page's section on a document page: #seite-2. */
export const pageAnchor = (page: number) => `seite-${page}`;

/** The file at one of its pages, as PDF viewers open it. */
export const filePageUrl = (file: string, page: number) => `${file}#page=${page}`;

export function meetingDocuments(meetingId: string, data: Pick<MeetingData, 'documents'>): MeetingDocument[] {
  const files = data.documents?.files ?? [];
  const stem = (file: string) => germanSlug(path.posix.basename(file, path.posix.extname(file))) || 'datei';
  const stems = files.map((file) => stem(file.file));
  return files.map((file, position) => {
    const base = stems[position]!;
    const shared = stems.filter((other) => other === base).length > 1;
    const slug = shared ? `${base}-${germanSlug(path.posix.extname(file.file).slice(1))}` : base;
    return { ...file, meetingId, slug, path: `${entryUrl('meetings', meetingId)}unterlagen/${slug}/` };
  });
}

/** The preview picture's address beside its page. */
export const previewUrl = (document: MeetingDocument) => `${document.path}vorschau.jpg`;
