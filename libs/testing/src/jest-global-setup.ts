// Integration suites need real servers: use the URLs in the environment, else start them once per run.
import { ENV_OF, InfraName, RunningServer, infra, tempDir } from './infra';

declare global {
  var __dangjianInfra: RunningServer[] | undefined;
}

export default async function globalSetup(_globalConfig: unknown, projectConfig: { globals?: Record<string, unknown> }): Promise<void> {
  const wanted = (projectConfig.globals?.infra as InfraName[] | undefined) ?? ['nats', 'mongo'];
  const missing = wanted.filter((name) => !process.env[ENV_OF[name]]);
  if (missing.length === 0) return;
  const started = await infra.resolveInfra({ dir: tempDir('jest'), which: missing });
  globalThis.__dangjianInfra = [];
  for (const [name, server] of Object.entries(started) as [InfraName, RunningServer][]) {
    process.env[ENV_OF[name]] = server.url;
    if (name === 'nats' && server.user) Object.assign(process.env, { NATS_USER: server.user, NATS_PASSWORD: server.password });
    globalThis.__dangjianInfra.push(server);
  }
}
