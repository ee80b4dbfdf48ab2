/**
 * Pagefind ranking used by the browser UI and by `npm run search:eval`, so
 * the quality check measures what readers get. Tuned with the eval: hub
 * pages (cities, topics, partners) are short, and Pagefind's default length
 * normalisation ranks short pages above the story or module a reader wants.
 */
export const RANKING = {
  pageLength: 0.1,
  termFrequency: 1.0,
  termSaturation: 1.2,
  termSimilarity: 1.0,
} as const;
