// One origin for the whole platform, as the Kubernetes Ingress gives it: `/api/<service>/…` proxied to each
// service, the console's static build at `/` (any other path answers its index.html, so the console's routes
// survive a reload), and `/config.json` telling the console where Keycloak is.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const CONSOLE_DIR = path.resolve(__dirname, '../../dist/apps/console');

/**
 * @param {{ upstreams: Record<string, string>, keycloakUrl: string, port: number, host?: string, consoleDir?: string }} options
 * @returns {Promise<import('fastify').FastifyInstance>}
 */
async function startOrigin({ upstreams, keycloakUrl, port, host = '127.0.0.1', consoleDir = CONSOLE_DIR }) {
  const Fastify = require('fastify');
  const proxy = require('@fastify/http-proxy');
  const serveStatic = require('@fastify/static');
  const origin = Fastify({ logger: false });
  for (const [service, upstream] of Object.entries(upstreams)) {
    await origin.register(proxy, { upstream, prefix: `/api/${service}`, rewritePrefix: `/api/${service}` });
  }
  origin.get('/config.json', async () => ({ keycloakUrl, realm: 'dangjian', clientId: 'dangjian-web' }));
  origin.get('/api', async () => ({
    platform: 'dangjian 非公企业党建',
    console: '/',
    services: Object.fromEntries(Object.keys(upstreams).map((s) => [s, { api: `/api/${s}`, openapi: `/api/${s}/docs-json`, docs: `/api/${s}/docs` }])),
    keycloak: keycloakUrl,
  }));
  origin.get('/health', async (_req, reply) => {
    const checks = await Promise.all(Object.entries(upstreams).map(async ([s, url]) => [s, await fetch(`${url}/health/ready`).then((r) => r.status, () => 0)]));
    const allUp = checks.every(([, status]) => status === 200);
    return reply.status(allUp ? 200 : 503).send(Object.fromEntries(checks));
  });
  const hasConsole = fs.existsSync(path.join(consoleDir, 'index.html'));
  if (hasConsole) await origin.register(serveStatic, { root: consoleDir });
  origin.setNotFoundHandler((request, reply) => {
    if (hasConsole && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({ code: 'NOT_FOUND', message: '未找到 / Not found' });
  });
  await origin.listen({ port, host });
  return origin;
}

module.exports = { startOrigin, CONSOLE_DIR };

// As a process of its own (the console's browser test runs it so): ORIGIN_UPSTREAMS is a JSON object of
// service → URL, KEYCLOAK_URL and ORIGIN_PORT the rest; it prints `origin listening` when ready.
if (require.main === module) {
  startOrigin({ upstreams: JSON.parse(process.env.ORIGIN_UPSTREAMS ?? '{}'), keycloakUrl: process.env.KEYCLOAK_URL ?? '', port: Number(process.env.ORIGIN_PORT) }).then(
    () => process.stdout.write('origin listening\n'),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}
