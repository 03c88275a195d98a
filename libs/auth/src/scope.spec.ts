import fc from 'fast-check';
import { inAnyScope, isOrgPath, isWithin, minimalScopes, parentPath, pathAncestors } from './scope';

const segment = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const orgPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => `/${s.join('/')}`);

describe('data scope', () => {
  it('should put a path within its own scope and within every ancestor', () => {
    fc.assert(fc.property(orgPath, (path) => pathAncestors(path).every((ancestor) => isWithin(path, ancestor))));
  });

  it('should not put a sibling whose name merely starts the same within scope', () => {
    expect(isWithin('/demo-county/park-ab', '/demo-county/park-a')).toBe(false);
    expect(isWithin('/demo-county/park-a/b1', '/demo-county/park-a')).toBe(true);
  });

  it('should not put a parent within a child scope', () => {
    fc.assert(fc.property(orgPath, segment, (path, child) => !isWithin(path, `${path}/${child}`)));
  });

  it('should accept a path in any of several scopes', () => {
    expect(inAnyScope('/c/p2/b', ['/c/p1', '/c/p2'])).toBe(true);
    expect(inAnyScope('/c/p3/b', ['/c/p1', '/c/p2'])).toBe(false);
    expect(inAnyScope('/c/p3/b', [])).toBe(false);
  });

  it('should list ancestors from the root down and find the parent', () => {
    expect(pathAncestors('/demo-county/econ-dev-zone/machinery-gb')).toEqual([
      '/demo-county',
      '/demo-county/econ-dev-zone',
      '/demo-county/econ-dev-zone/machinery-gb',
    ]);
    expect(parentPath('/demo-county/econ-dev-zone')).toBe('/demo-county');
    expect(parentPath('/demo-county')).toBeNull();
  });

  it('should keep only the widest of nested scopes', () => {
    expect(minimalScopes(['/c/p1/b', '/c/p1', '/c/p2', '/c/p2'])).toEqual(['/c/p1', '/c/p2']);
  });

  it('should recognise well-formed org paths', () => {
    expect(isOrgPath('/demo-county/econ-dev-zone')).toBe(true);
    for (const bad of ['demo-county', '/', '/Demo', '/a//b', '/a/../b', '/a b']) expect(isOrgPath(bad)).toBe(false);
  });
});
