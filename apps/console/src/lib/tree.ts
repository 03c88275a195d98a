import type { OrgUnit } from '../pages/views';

export interface TreeNode { value: string; title: string; children: TreeNode[]; unit: OrgUnit }

/** The units a user may read as a tree, roots first: a unit whose parent is not in the list becomes a root. */
export function orgTree(units: readonly OrgUnit[]): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.path, { value: u.path, title: u.label, children: [] as TreeNode[], unit: u }]));
  const roots: TreeNode[] = [];
  for (const node of [...nodes.values()].sort((a, b) => a.value.localeCompare(b.value))) {
    const parent = node.unit.parentPath ? nodes.get(node.unit.parentPath) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
