export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__dangjianInfra ?? []).map((server) => server.stop()));
}
