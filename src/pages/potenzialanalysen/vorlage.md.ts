/** /potenzialanalysen/vorlage.md: the blank analysis template, as `npm run new` would write it. */
import type { APIRoute } from 'astro';
import { analysisTemplate } from '../../lib/analysis-template.ts';

export const GET: APIRoute = () =>
  new Response(analysisTemplate(new Date()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
