export function OrgTreePage() { return null; }
