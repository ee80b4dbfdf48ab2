/**
 * The last guard before a contributed address reaches a page: only http(s)
 * is ever emitted as a link, whatever got past the schema (which already
 * refuses other schemes, see webUrl in src/schemas/fields.ts).
 */
export function safeExternalUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
