/** The preview picture of a document's first page, drawn when the document was read (src/lib/documents/extract.ts). */
import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { documentStaticPaths, type SiteDocument } from '../../../../../lib/documents/site-documents.ts';

export async function getStaticPaths() {
  return (await documentStaticPaths()).filter((path) => path.props.document.text?.preview);
}

export const GET: APIRoute<{ document: SiteDocument }> = ({ props }) =>
  new Response(fs.readFileSync(props.document.text!.preview!.file), { headers: { 'content-type': 'image/jpeg' } });
