// Our own rules for every rendered manifest, beyond the Kubernetes API schemas: what a county's cluster may run.

export interface Manifest {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

interface Container {
  name?: string;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  resources?: { limits?: { cpu?: unknown; memory?: unknown } };
  securityContext?: { runAsNonRoot?: boolean; readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}

interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
  securityContext?: { runAsNonRoot?: boolean };
}

/** Names of keys whose values are secrets: they belong in a Secret, never in a ConfigMap. */
const SECRET_KEY = /(SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|_KEY$|_KEYS$|^MONGO_URL$|CREDENTIAL)/i;

function podSpecOf(m: Manifest): PodSpec | undefined {
  const template = (m.spec?.template as { spec?: PodSpec } | undefined)?.spec;
  if (m.kind === 'CronJob') return ((m.spec?.jobTemplate as { spec?: { template?: { spec?: PodSpec } } })?.spec?.template?.spec);
  return template;
}

/**
 * What is wrong with a set of manifests: every container has limits, a non-root security context and a read-only root
 * filesystem; every long-running container (Deployment, StatefulSet, DaemonSet) has liveness and readiness probes; no
 * ConfigMap holds a secret, by key name or by one of the secret values given.
 */
export function manifestProblems(manifests: Manifest[], secretValues: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const m of manifests) {
    const where = `${m.kind}/${m.metadata?.name}`;
    const pod = podSpecOf(m);
    if (pod) {
      const longRunning = ['Deployment', 'StatefulSet', 'DaemonSet'].includes(m.kind ?? '');
      for (const c of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
        const at = `${where} container ${c.name}`;
        if (!c.resources?.limits?.cpu || !c.resources?.limits?.memory) problems.push(`${at}: no CPU and memory limits`);
        const nonRoot = c.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
        if (nonRoot !== true) problems.push(`${at}: may run as root (runAsNonRoot is not true)`);
        if (c.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${at}: root filesystem not read-only`);
        if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${at}: privilege escalation allowed`);
        if (longRunning && (pod.containers ?? []).includes(c)) {
          if (!c.livenessProbe) problems.push(`${at}: no livenessProbe`);
          if (!c.readinessProbe) problems.push(`${at}: no readinessProbe`);
        }
      }
    }
    if (m.kind === 'ConfigMap') {
      for (const [key, value] of Object.entries(m.data ?? {})) {
        if (SECRET_KEY.test(key)) problems.push(`${where}: key ${key} names a secret; it belongs in a Secret`);
        for (const secret of secretValues) if (secret.length >= 8 && String(value).includes(secret)) problems.push(`${where}: key ${key} holds a secret value`);
      }
    }
  }
  return problems;
}
