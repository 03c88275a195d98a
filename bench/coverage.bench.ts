/**
 * Coverage benchmark on a synthetic county (default 50,000 enterprises; BENCH_ROWS to change):
 *  1. organization's copies of the enterprises (facts and census decisions, as registry's events would leave them)
 *     are written straight into its database, a third of them attached to branches;
 *  2. a full rebuild through the HTTP API (POST coverage/rebuild), timed until it reports completed;
 *  3. coverage reads through the HTTP API (county, a park, with and without a past date), p50/p95.
 * Figures are printed, never asserted: speed goals are read here, not enforced by tests.
 */
import { randomUUID } from 'node:crypto';
import { mongo as driver } from 'mongoose';
import { ServiceProcess, eventually, randomUscc, requiredEnv, serviceEnv, userToken } from '@dangjian/testing';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const READS = Number(process.env.BENCH_COVERAGE_READS ?? 200);
const PARKS = ['/demo-county/econ-dev-zone', '/demo-county/hi-tech-park', '/demo-county/chengguan'];
const INDUSTRIES = ['C3411', 'C3021', 'F5191', 'G5430', 'I6510', 'H6210', 'E4710', null];
const BATCH = 1000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const run = `bench${Date.now().toString(36)}`;
  const organization = await ServiceProcess.create('organization', { ...serviceEnv('organization', run), LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' });
  const mongo = await driver.MongoClient.connect(requiredEnv('MONGO_URL'));
  try {
    await organization.startReady();
    let token = await userToken('county.admin');
    const api = async (method: string, urlPath: string) => {
      const res = await fetch(`${organization.url}/api/organization${urlPath}`, { method, headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    await eventually(async () => (await api('GET', '/org-units/by-path?path=/demo-county')).status === 200, 30_000, 'demo tree seeded');
    const db = mongo.db(`e2e_${run}_organization`);
    const buildInfo = await db.command({ buildInfo: 1 });
    const server = buildInfo.ferretdbVersion ? `FerretDB ${buildInfo.ferretdbVersion}` : `MongoDB ${buildInfo.version}`;

    // 1. The copies registry's events would have left, and branches covering a third of the enterprises.
    let t = Date.now();
    const at = new Date().toISOString();
    const branchIds = PARKS.map(() => randomUUID());
    const covered: { enterpriseId: string; uscc: string; name: string; since: string; by: string }[][] = PARKS.map(() => []);
    for (let i = 0; i < ROWS; i += BATCH) {
      const facts = [];
      const bases = [];
      const claims = [];
      for (let j = i; j < Math.min(ROWS, i + BATCH); j++) {
        const id = randomUUID();
        const park = j % PARKS.length;
        const members = j % 9 === 0 ? (j % 7) + 1 : 0;
        const uscc = randomUscc(j % 20 === 0 ? '52' : '91');
        facts.push({ _id: id, uscc, name: `基准企业${j}`, kind: j % 20 === 0 ? 'social-org' : 'enterprise', orgPath: PARKS[park], orgAncestors: ['/demo-county', PARKS[park]], status: 'operating', employees: (j * 37) % 400, formalMembers: members, partyMembers: members, industryCode: INDUSTRIES[j % INDUSTRIES.length], factsAt: at });
        bases.push({ _id: id, admitted: j % 10 !== 0, year: 2026, campaignId: run, at });
        if (j % 3 === 0) {
          claims.push({ _id: id, orgId: branchIds[park], at: new Date() });
          covered[park].push({ enterpriseId: id, uscc, name: `基准企业${j}`, since: at.slice(0, 10), by: 'bench' });
        }
      }
      await db.collection('enterprise_facts').insertMany(facts as never[]);
      await db.collection('enterprise_base').insertMany(bases as never[]);
      if (claims.length) await db.collection('enterprise_claims').insertMany(claims as never[]);
    }
    for (const [p, park] of PARKS.entries()) {
      const path = `${park}/bench-${run}`;
      await db.collection('org_units').insertOne({ _id: branchIds[p], path, parentPath: park, orgAncestors: ['/demo-county', park, path], name: `bench-${run}`, label: '基准党支部', kind: 'branch', form: 'hosted', status: 'active', __v: 0 } as never);
      await db.collection('branch_enterprises').insertOne({ _id: branchIds[p], orgPath: path, orgAncestors: ['/demo-county', park, path], enterprises: covered[p], history: [], __v: 0 } as never);
    }
    console.log(`synthetic county: ${ROWS} enterprises in organization's copies, a third in branches, written in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`\nEvery figure below ran on ${server}.`);

    // 2. Full rebuild through the API.
    t = Date.now();
    const started = await api('POST', '/coverage/rebuild');
    if (started.status !== 202) throw new Error(`rebuild refused: ${JSON.stringify(started.body)}`);
    let last = '';
    const done = await eventually(
      async () => {
        token = await userToken('county.admin');
        const { body } = await api('GET', '/coverage/rebuild');
        const rebuild = body.rebuild as { status: string; processed: number; total: number } | null;
        const line = `${rebuild?.status} ${rebuild?.processed}/${rebuild?.total}`;
        if (line !== last && Date.now() - t > 0) {
          last = line;
          process.stdout.write(`  rebuild ${line} after ${((Date.now() - t) / 1000).toFixed(0)} s\n`);
        }
        return rebuild?.status === 'completed' ? rebuild : undefined;
      },
      6 * 3600_000,
      'rebuild completed',
    );
    const rebuildSeconds = (Date.now() - t) / 1000;
    console.log(`full rebuild of ${done.processed} enterprises: ${rebuildSeconds.toFixed(1)} s (${(done.processed / rebuildSeconds).toFixed(0)} enterprises/s)`);
    const county = await api('GET', '/coverage?path=/demo-county');
    console.log(`county totals after the rebuild: ${JSON.stringify(county.body.totals)}`);

    // 3. Reads.
    token = await userToken('county.admin');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    console.log(`\ncoverage reads through the HTTP API on ${server}, one user, ${READS} requests each (goal p95 < 50 ms):`);
    for (const [label, url] of [
      ['county, today', '/coverage?path=/demo-county'],
      ['park, today', `/coverage?path=${PARKS[0]}`],
      ['county, a past date', `/coverage?path=/demo-county&date=${yesterday}`],
      ['gap list, first page', `/coverage/gaps?path=${PARKS[0]}&gap=organization&limit=50`],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < READS; i++) {
        const s = performance.now();
        const res = await api('GET', url);
        times.push(performance.now() - s);
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
      }
      console.log(`  ${label.padEnd(22)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
    }
  } finally {
    await mongo.close();
    await organization.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
