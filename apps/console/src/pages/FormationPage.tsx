export function FormationPage() { return null; }
