/**
 * The files readers may download, one row per extension: the document type
 * a meeting lists it as, and what its bytes must be. Anything else (HTML,
 * SVG, scripts, programs, archives) is refused by the content check,
 * because a file served from the site's own address could run code there.
 */

/** Largest file a contributor may add; larger ones belong on a file host and are linked. */
export const MAX_DOWNLOAD_BYTES = 25 * 1024 * 1024;

export const DOCUMENT_TYPES = ['PDF', 'Word', 'PowerPoint', 'Excel', 'OpenDocument', 'Bild', 'Sonstiges'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DownloadFormat {
  type: DocumentType;
  /** What file-type reads from the bytes; `text` means plain UTF-8 text, which has no signature. */
  detected: readonly string[] | 'text';
}

// Old Office formats (.doc, .xls, .ppt) share one container signature ("cfb").
export const DOWNLOAD_FORMATS: Record<string, DownloadFormat> = {
  pdf: { type: 'PDF', detected: ['pdf'] },
  doc: { type: 'Word', detected: ['cfb'] },
  docx: { type: 'Word', detected: ['docx'] },
  ppt: { type: 'PowerPoint', detected: ['cfb'] },
  pptx: { type: 'PowerPoint', detected: ['pptx'] },
  xls: { type: 'Excel', detected: ['cfb'] },
  xlsx: { type: 'Excel', detected: ['xlsx'] },
  odt: { type: 'OpenDocument', detected: ['odt'] },
  ods: { type: 'OpenDocument', detected: ['ods'] },
  odp: { type: 'OpenDocument', detected: ['odp'] },
  png: { type: 'Bild', detected: ['png'] },
  jpg: { type: 'Bild', detected: ['jpg'] },
  jpeg: { type: 'Bild', detected: ['jpg'] },
  gif: { type: 'Bild', detected: ['gif'] },
  webp: { type: 'Bild', detected: ['webp'] },
  txt: { type: 'Sonstiges', detected: 'text' },
  csv: { type: 'Sonstiges', detected: 'text' },
};

export const DOWNLOAD_EXTENSIONS = Object.keys(DOWNLOAD_FORMATS);

export function downloadFormatOf(fileName: string): DownloadFormat | undefined {
  const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  return Object.hasOwn(DOWNLOAD_FORMATS, extension) ? DOWNLOAD_FORMATS[extension] : undefined;
}
