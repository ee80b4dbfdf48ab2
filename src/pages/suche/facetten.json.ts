/** /suche/facetten.json: the labels of the search facet values (src/lib/search/facet-labels.ts). */
import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../lib/site-data.ts';
import { facetLabels } from '../../lib/search/facet-labels.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(facetLabels(await loadSiteIndex())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
