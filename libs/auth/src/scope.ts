/**
 * Data scope: org paths are Keycloak group paths, `/demo-county/econ-dev-zone/machinery-gb`. A
 * principal may act on a resource only if the resource's path lies at or under one of its scopes.
 */
const SEGMENT = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function isOrgPath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  const segments = path.slice(1).split('/');
  return segments.length > 0 && segments.every((s) => SEGMENT.test(s));
}

export function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(scope.endsWith('/') ? scope : `${scope}/`);
}

export function inAnyScope(path: string, scopes: readonly string[]): boolean {
  return scopes.some((scope) => isWithin(path, scope));
}

/** `/a/b/c` → [`/a`, `/a/b`, `/a/b/c`]: stored on each record so a scope filter is one indexed `$in`. */
export function pathAncestors(path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  return segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}`);
}

export function parentPath(path: string): string | null {
  const at = path.lastIndexOf('/');
  return at <= 0 ? null : path.slice(0, at);
}

/** Drops scopes that lie under another of the same list: `/a` and `/a/b` → `/a`. */
export function minimalScopes(scopes: readonly string[]): string[] {
  const unique = [...new Set(scopes)];
  return unique.filter((s) => !unique.some((other) => other !== s && isWithin(s, other))).sort();
}
