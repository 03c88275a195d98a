/** The jurisdiction a user's screens start at: the widest org subtree the token names. */
export function homePath(scopes: readonly string[]): string | undefined {
  return [...scopes].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/** Query string of the filters that are set, for links that repeat a list's filters (the ledger export). */
export function filterQuery(filters: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '' && value !== null) params.set(key, String(value));
  return params.toString();
}
