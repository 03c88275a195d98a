/** Text as a regular expression matching it literally (a user's search term in a `$regex` filter). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
