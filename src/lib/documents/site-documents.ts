/**
 * The documents of this build's meetings with what was read from their
 * files (extract.ts), for the document pages, their previews and the
 * meeting pages. Each file is read once per build (and from the cache when
 * unchanged since an earlier build or the content check).
 */
import path from 'node:path';
import { loadSiteIndex, type Entry } from '../site-data.ts';
import { publicDir } from '../paths.ts';
import { downloadInfo, type DownloadInfo } from '../downloads.ts';
import { isReadable, readDocument, type DocumentText } from './extract.ts';
import { meetingDocuments, type MeetingDocument } from './pages.ts';
import { pageCacheKey } from '../static-paths.ts';

export interface SiteDocument extends MeetingDocument {
  meeting: Entry<'meetings'>;
  info: DownloadInfo;
  /** What was read from the file; undefined for formats the site does not read. */
  text?: DocumentText;
}

export async function documentsOf(meeting: Entry<'meetings'>): Promise<SiteDocument[]> {
  return Promise.all(
    meetingDocuments(meeting.id, meeting.data).map(async (document) => {
      const info = downloadInfo(document.file, `content/meetings/${meeting.id}`);
      const absolute = path.join(publicDir, ...document.file.split('/').filter(Boolean));
      const text = isReadable(absolute) ? await readDocument(absolute) : undefined;
      return { ...document, meeting, info, ...(text ? { text } : {}) };
    }),
  );
}

/** getStaticPaths of the document pages and their previews. */
export async function documentStaticPaths() {
  const index = await loadSiteIndex();
  const paths = [];
  for (const meeting of index.all('meetings')) {
    for (const document of await documentsOf(meeting)) {
      // The preview shows nothing but the file, which the page's key covers.
      paths.push({ params: { id: meeting.id, doc: document.slug }, props: { document }, cacheKey: await pageCacheKey(document.path) });
    }
  }
  return paths;
}
