import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface SeedNode {
  name: string;
  label: string;
  kind: string;
  children: SeedNode[];
}
interface KeycloakGroup {
  name: string;
  attributes: { label: string[]; kind: string[] };
  subGroups?: KeycloakGroup[];
}

const repo = join(__dirname, '../../../..');
const fromGroup = (g: KeycloakGroup): SeedNode => ({
  name: g.name,
  label: g.attributes.label[0],
  kind: g.attributes.kind[0],
  children: (g.subGroups ?? []).map(fromGroup),
});

describe('demo seed', () => {
  it('should be the same tree as the demo groups of the realm development overlay, so demo users scopes match the seeded org units', () => {
    const seed = JSON.parse(readFileSync(join(repo, 'deploy/seed/demo-county.json'), 'utf8')) as { tree: SeedNode[] };
    const realm = JSON.parse(readFileSync(join(repo, 'deploy/keycloak/dev/dangjian.overlay.json'), 'utf8')) as { groups: KeycloakGroup[] };
    const shape = (n: SeedNode): SeedNode => ({ name: n.name, label: n.label, kind: n.kind, children: n.children.map(shape) });
    expect(seed.tree.map(shape)).toEqual(realm.groups.map(fromGroup));
  });
});
