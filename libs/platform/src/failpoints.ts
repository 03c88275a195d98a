/**
 * Named places where a test kills the process, to check what a crash at exactly that place leaves.
 * Armed only by `FAILPOINTS=<name>,<name>` in the environment of a test's service process; with the
 * variable unset (as in every deployment) a failpoint does nothing.
 */
const armed = new Set(
  (process.env.FAILPOINTS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
);

/** SIGKILL at this place when armed: no shutdown hook runs, as in a crash. */
export function failpoint(name: string): void {
  if (!armed.has(name)) return;
  process.stderr.write(`failpoint ${name}: killing the process\n`);
  process.kill(process.pid, 'SIGKILL');
}
