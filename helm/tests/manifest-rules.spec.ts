import { Manifest, manifestProblems } from './manifest-rules';

const container = {
  name: 'app',
  livenessProbe: { httpGet: { path: '/health/live', port: 8080 } },
  readinessProbe: { httpGet: { path: '/health/ready', port: 8080 } },
  resources: { limits: { cpu: '1', memory: '512Mi' } },
  securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
};
const deployment = (c: Record<string, unknown>): Manifest => ({ kind: 'Deployment', metadata: { name: 'web' }, spec: { template: { spec: { containers: [c] } } } });

describe('manifestProblems', () => {
  it('accepts a container with probes, limits, a non-root user and a read-only root filesystem', () => {
    expect(manifestProblems([deployment(container)])).toEqual([]);
  });

  it('names each missing guard', () => {
    const { livenessProbe: _l, resources: _r, ...bare } = container;
    expect(manifestProblems([deployment({ ...bare, securityContext: { runAsNonRoot: false, readOnlyRootFilesystem: false } })])).toEqual([
      'Deployment/web container app: no CPU and memory limits',
      'Deployment/web container app: may run as root (runAsNonRoot is not true)',
      'Deployment/web container app: root filesystem not read-only',
      'Deployment/web container app: privilege escalation allowed',
      'Deployment/web container app: no livenessProbe',
    ]);
  });

  it('does not ask a Job for probes', () => {
    const { livenessProbe: _l, readinessProbe: _r, ...job } = container;
    expect(manifestProblems([{ kind: 'Job', metadata: { name: 'once' }, spec: { template: { spec: { containers: [job] } } } }])).toEqual([]);
  });

  it('finds a secret in a ConfigMap by its key or its value', () => {
    const config: Manifest = { kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { NATS_PASSWORD: 'x', NOTE: 'uses dev-secret-registry', LOG_LEVEL: 'info' } };
    expect(manifestProblems([config], ['dev-secret-registry'])).toEqual([
      'ConfigMap/cfg: key NATS_PASSWORD names a secret; it belongs in a Secret',
      'ConfigMap/cfg: key NOTE holds a secret value',
    ]);
  });
});
