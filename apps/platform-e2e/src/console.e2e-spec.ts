import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  DemoUser, ORGANIZATION_CATCH_UP_MS, REPO_ROOT, ServiceProcess, eventually, keycloakUrl, infra, launchBrowser, logIn, randomUscc, screenshot, serviceEnv, userToken,
} from '@dangjian/testing';

/**
 * The console in a real browser (Debian's chromium through Playwright) against registry and organization on
 * real servers, behind the same origin the launcher serves, with the demo county seeded as `npm start` seeds it.
 */
// The demo year of work `npm start` seeds: plain CommonJS shared with the launcher (tools/dev).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedDemoActivity } = require(path.join(REPO_ROOT, 'tools/dev/demo-data.cjs')) as { seedDemoActivity(o: { origin: string; token: () => Promise<string>; timeoutMs?: number }): Promise<boolean> };

const run = randomBytes(3).toString('hex');
let registry: ServiceProcess;
let organization: ServiceProcess;
let instructor: ServiceProcess;
let origin: ChildProcess | undefined;
let base = '';
let browser: Browser;
let dropDir = '';

async function api<T = Record<string, unknown>>(user: DemoUser, route: string): Promise<T> {
  const res = await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${await userToken(user)}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

async function menu(page: Page): Promise<string[]> {
  return (await page.locator('.ant-menu-item').allInnerTexts()).map((t) => t.trim());
}

/** The ledger's 辖区 column on the page, once the table has rows and the names have replaced the paths. */
async function ledgerJurisdictions(page: Page): Promise<string[]> {
  await page.waitForSelector('.ant-table-row');
  return eventually(async () => {
    const cells = await page.locator('.ant-table-row td:nth-child(4)').allInnerTexts();
    return cells.some((c) => c.startsWith('/')) ? undefined : cells;
  }, 10_000, 'jurisdiction names in the ledger');
}

beforeAll(async () => {
  dropDir = await mkdtemp(path.join(tmpdir(), 'console-drop-'));
  registry = await ServiceProcess.create('registry', {
    ...serviceEnv('registry', run),
    DEMO_LEDGER_FILE: path.join(REPO_ROOT, 'deploy/seed/demo-ledger.csv'),
    DATA_HUB_DROP_DIR: dropDir,
    DATA_HUB_DROP_POLL_SECONDS: '1',
    DATA_HUB_REGIONS: JSON.stringify({ '341621101': '/demo-county/chengguan' }),
  });
  organization = await ServiceProcess.create('organization', { ...serviceEnv('organization', run), FORMATION_POLL_MS: '300', FORMATION_SETTLE_MS: '300' });
  instructor = await ServiceProcess.create('instructor', serviceEnv('instructor', run));
  await Promise.all([registry.startReady(), organization.startReady(), instructor.startReady()]);
  const port = await infra.freePort();
  // The launcher's origin (tools/dev/origin.cjs) as its own process: the console at /, the services at /api/<service>/.
  origin = spawn(process.execPath, [path.join(REPO_ROOT, 'tools/dev/origin.cjs')], {
    env: { PATH: process.env.PATH ?? '', ORIGIN_PORT: String(port), KEYCLOAK_URL: keycloakUrl(), ORIGIN_UPSTREAMS: JSON.stringify({ registry: registry.url, organization: organization.url, instructor: instructor.url }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let said = '';
  origin.stdout!.on('data', (d: Buffer) => (said += d.toString()));
  await eventually(() => said.includes('origin listening'), 20_000, 'origin listening');
  base = `http://127.0.0.1:${port}`;
  await eventually(async () => (await api<{ total: number }>('county.admin', '/api/registry/enterprises/summary')).total === 27, 60_000, 'demo ledger imported');
  expect(await seedDemoActivity({ origin: base, token: () => userToken('county.admin'), timeoutMs: ORGANIZATION_CATCH_UP_MS })).toBe(true);
  // The census admissions reach organization's coverage as events.
  await eventually(async () => (await api<{ totals: { base: number; organization: number } }>('county.admin', '/api/organization/coverage?path=/demo-county')).totals.organization > 0, ORGANIZATION_CATCH_UP_MS, 'demo coverage counted');
  browser = await launchBrowser();
}, ORGANIZATION_CATCH_UP_MS * 2 + 120_000);

afterAll(async () => {
  await browser?.close();
  origin?.kill('SIGTERM');
  await Promise.all([registry?.stop(), organization?.stop(), instructor?.stop()]);
});

describe('console in a browser', () => {
  it('should show the county admin every menu and the demo county dashboards with charts filled from the demo data', async () => {
    const { context, page } = await logIn(browser, base, 'county.admin');
    expect(await menu(page)).toEqual(['工作台', '市场主体台账', '台账导入', '变更申请', '年度普查', '数据共享同步', '组织架构', '党员花名册', '组织生活', '党费收缴', '组织关系转接', '我的党员信息', '党建指导员', '每月走访', '企业诉求', '指导员考核', '领导联系点', '组建建议', '两个覆盖与统计', '政策设置', '审计日志']);
    for (const chart of ['chart-by-kind', 'chart-by-status', 'chart-by-industry', 'chart-coverage', 'chart-census']) {
      await page.waitForSelector(`[data-testid=${chart}] canvas`, { timeout: 20_000 });
    }
    expect(await page.locator('.ant-statistic', { hasText: '市场主体总数' }).innerText()).toContain('27');
    await screenshot(page, 'home-county-admin');
    for (const [route, name] of [['/ledger', 'ledger'], ['/census', 'census'], ['/coverage', 'coverage'], ['/policies', 'policies'], ['/audit', 'audit'], ['/data-hub', 'data-hub'], ['/imports', 'imports']]) {
      await page.goto(`${base}${route}`);
      await page.waitForSelector('.ant-card', { timeout: 20_000 });
      await page.waitForTimeout(800);
      expect(await page.locator('.ant-alert-error').count()).toBe(0);
      await screenshot(page, name);
    }
    const rate = await page.goto(`${base}/coverage`).then(() => page.locator('[data-testid=organization-rate]').innerText());
    expect(rate).toMatch(/^\d+(\.\d)?%$/);
    await context.close();
  });

  it('should show a park admin only its park: the ledger, the tree and the refused audit page', async () => {
    const { context, page } = await logIn(browser, base, 'park.admin.edz', '/ledger');
    const jurisdictions = await ledgerJurisdictions(page);
    const expected = (await api<{ items: unknown[] }>('park.admin.edz', '/api/registry/enterprises?limit=50')).items.length;
    expect(jurisdictions).toHaveLength(expected);
    expect(new Set(jurisdictions)).toEqual(new Set(['经济开发区党工委']));
    expect(await page.locator('body').innerText()).not.toContain('高新技术产业园');
    const items = await menu(page);
    expect(items).not.toContain('审计日志');
    expect(items).not.toContain('数据共享同步');
    await page.goto(`${base}/org`);
    await page.waitForSelector('[data-testid=tree-econ-dev-zone]');
    expect(await page.locator('[data-testid=tree-hi-tech-park]').count()).toBe(0);
    await screenshot(page, 'org-tree-park-admin');
    await page.goto(`${base}/audit`);
    await page.getByText('无权访问').waitFor();
    // A record of another park, opened by its address: the API answers 404 and the page says so in Chinese.
    const other = (await api<{ items: { id: string }[] }>('county.admin', '/api/registry/enterprises?orgPath=/demo-county/hi-tech-park&limit=1')).items[0];
    await page.goto(`${base}/ledger/${other.id}`);
    await page.getByText('未找到 / Not found').waitFor();
    await context.close();
  });

  it('should show a branch secretary exactly its branch’s enterprises and no park-level work', async () => {
    const { context, page } = await logIn(browser, base, 'branch.secretary', '/ledger');
    await page.waitForSelector('.ant-table-row');
    const names = await page.locator('.ant-table-row td:first-child').allInnerTexts();
    expect(names).toEqual(['濉溪县浩丰实业有限公司']);
    const items = await menu(page);
    for (const hidden of ['台账导入', '组建建议', '两个覆盖与统计', '审计日志', '年度普查']) expect(items).not.toContain(hidden);
    await screenshot(page, 'ledger-branch-secretary');
    // Logging out ends the Keycloak session: the console sends the user back to the login page.
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForSelector('#kc-login');
    await page.goto(`${base}/ledger`);
    await page.waitForSelector('#kc-login');
    await context.close();
  });

  it('should let the liaison propose a change to its own enterprise, and the auditor read everything and change nothing', async () => {
    const liaison = await logIn(browser, base, 'liaison', '/ledger');
    await liaison.page.waitForSelector('.ant-table-row');
    await liaison.page.locator('.ant-table-row a').first().click();
    await liaison.page.getByRole('button', { name: '提交信息变更申请' }).waitFor();
    expect(await liaison.page.getByRole('button', { name: '编辑' }).count()).toBe(0);
    await liaison.context.close();

    const auditor = await logIn(browser, base, 'auditor', '/audit');
    await auditor.page.waitForSelector('.ant-table-row');
    expect(await menu(auditor.page)).toContain('审计日志');
    await auditor.page.goto(`${base}/ledger`);
    await auditor.page.locator('.ant-table-row a').first().click();
    await auditor.page.waitForSelector('.ant-descriptions');
    expect(await auditor.page.getByRole('button', { name: '编辑' }).count()).toBe(0);
    await auditor.page.goto(`${base}/imports`);
    await auditor.page.waitForSelector('.ant-card');
    expect(await auditor.page.locator('[data-testid=import-upload]').count()).toBe(0);
    await auditor.page.goto(`${base}/formation`);
    await auditor.page.waitForSelector('[data-testid=suggestions]');
    expect(await auditor.page.getByRole('button', { name: '采纳', exact: true }).count()).toBe(0);
    await auditor.context.close();
  });

  it('should carry a liaison’s proposal to the park admin, whose confirmation changes the ledger', async () => {
    const liaison = await logIn(browser, base, 'liaison', '/ledger');
    await liaison.page.locator('.ant-table-row a').first().click();
    await liaison.page.getByRole('button', { name: '提交信息变更申请' }).click();
    const dialog = liaison.page.getByRole('dialog');
    await dialog.locator('.ant-form-item', { hasText: '职工人数' }).locator('input').fill('88');
    await dialog.getByRole('button', { name: '提交' }).click();
    await liaison.page.getByText('已提交，待园区（乡镇）确认').waitFor();
    const enterpriseId = liaison.page.url().split('/').pop()!;
    await liaison.context.close();

    const admin = await logIn(browser, base, 'park.admin.edz', '/proposals');
    const row = admin.page.locator('.ant-table-row', { hasText: '88' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: '确认' }).click();
    await admin.page.locator('.ant-popconfirm').getByRole('button', { name: '确认' }).click();
    await admin.page.getByText('已确认，台账已更新').waitFor();
    await screenshot(admin.page, 'proposals');
    await admin.context.close();
    await eventually(async () => (await api<{ employees: number }>('county.admin', `/api/registry/enterprises/${enterpriseId}`)).employees === 88, 10_000, 'the ledger updated');
  });

  it('should import a file through the page: its good rows land in the ledger and its refused row is listed with the reason', async () => {
    const header = readFileSync(path.join(REPO_ROOT, 'deploy/seed/demo-ledger.csv'), 'utf8').split(/\r?\n/)[0];
    const good = [randomUscc(), randomUscc()];
    const row = (uscc: string, name: string) => `${uscc},${name},非公企业,/demo-county/econ-dev-zone,经开区第1网格,C3411,否,经开区路1号,王芳,,经营,20,0,0,未建立,,,否,否,否`;
    const csv = [header, row(good[0], `页面导入甲${run}`), row(good[1], `页面导入乙${run}`), row('91341621XXXXXXXXXX', `页面导入坏${run}`)].join('\n') + '\n';
    const { context, page } = await logIn(browser, base, 'county.admin', '/imports');
    await page.locator('input[type=file]').setInputFiles({ name: `page-import-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.waitForSelector('[data-testid=import-progress] .ant-progress');
    const result = await page.locator('[data-testid=import-result]').innerText({ timeout: 60_000 });
    expect(result).toContain('新增 2');
    expect(result).toContain('未导入 1');
    const errors = page.locator('[data-testid=import-errors]');
    await errors.locator('.ant-table-row').first().waitFor();
    expect(await errors.innerText()).toContain('91341621XXXXXXXXXX');
    await screenshot(page, 'import-result');
    await page.goto(`${base}/ledger`);
    await page.getByPlaceholder('名称或统一社会信用代码').fill(`页面导入`);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText(`页面导入甲${run}`).waitFor();
    await page.getByText(`页面导入乙${run}`).waitFor();
    expect(await page.getByText(`页面导入坏${run}`).count()).toBe(0);
    await context.close();
  });

  it('should let a park admin create a branch in its park from the tree (a taken path refused), rename, move and close it', async () => {
    const { context, page } = await logIn(browser, base, 'park.admin.edz', '/org');
    await page.locator('[data-testid=tree-econ-dev-zone]').click();
    await page.getByRole('button', { name: '新建下级' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('.ant-form-item', { hasText: '名称' }).first().locator('input').fill(`页面新建党支部${run}`);
    await dialog.locator('.ant-form-item', { hasText: '路径名' }).locator('input').fill('edz-joint-branch-1');
    await dialog.locator('.ant-form-item', { hasText: '组建方式' }).locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '联合组建' }).click();
    await dialog.getByRole('button', { name: '新建' }).click();
    // The path is taken by the demo's joint branch: the service refuses, and the dialog stays open with the reason.
    await dialog.locator('.ant-alert-error').waitFor();
    await dialog.locator('.ant-form-item', { hasText: '路径名' }).locator('input').fill(`page-branch-${run}`);
    await dialog.getByRole('button', { name: '新建' }).click();
    await page.getByText('已新建').waitFor();
    await page.locator(`[data-testid=tree-page-branch-${run}]`).click();
    await page.getByRole('button', { name: '更名' }).click();
    dialog = page.getByRole('dialog');
    await dialog.locator('input').fill(`页面更名党支部${run}`);
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.locator(`[data-testid=tree-page-branch-${run}]`, { hasText: `页面更名党支部${run}` }).waitFor();
    await screenshot(page, 'org-tree-created-renamed');
    // Moved under the general branch, then closed (it covers nothing and has no users): each with its dialog.
    await page.getByRole('button', { name: '调整隶属' }).click();
    dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select').click();
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '装备制造产业党总支' }).click();
    await dialog.getByRole('button', { name: '调整' }).click();
    await page.getByText('已调整隶属关系').waitFor();
    const moved = await api<{ path: string }>('park.admin.edz', `/api/organization/org-units/by-path?path=/demo-county/econ-dev-zone/machinery-gb/page-branch-${run}`);
    expect(moved.path).toBe(`/demo-county/econ-dev-zone/machinery-gb/page-branch-${run}`);
    await page.getByRole('button', { name: '关闭' }).click();
    dialog = page.getByRole('dialog');
    await dialog.locator('input').fill('企业迁出，党员转出 / test');
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.locator('.ant-card-head', { hasText: `页面更名党支部${run}` }).getByText('已关闭').waitFor();
    await context.close();
  });

  it('should let an admin pass the records waiting at a census check in bulk, and show the progress move on', async () => {
    // The demo census leaves two records waiting at the fourth check (责任单位汇总查).
    const { context, page } = await logIn(browser, base, 'county.admin', '/census');
    await page.locator('.ant-card', { hasText: '普查对象' }).locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '待责任单位汇总查' }).click();
    const records = page.locator('.ant-card', { hasText: '普查对象' }).locator('.ant-table-tbody .ant-table-row');
    await eventually(async () => (await records.count()) === 2, 10_000, 'the two records at the fourth check');
    await page.locator('.ant-card', { hasText: '普查对象' }).locator('.ant-table-thead .ant-checkbox-input').check();
    await page.getByRole('button', { name: '批量核查（2）' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '登记结论' }).click();
    // A loaded CI machine once took longer than the default 30 s to answer the bulk check.
    await page.getByText('已登记 2 户的责任单位汇总查结论').waitFor({ timeout: 90_000 });
    await eventually(async () => (await records.count()) === 0, 10_000, 'no record left at the fourth check');
    const progress = await api<{ byJurisdiction: { waitingAt: Record<string, number> }[] }>('county.admin', `/api/registry/census/campaigns/${(await api<{ items: { id: string }[] }>('county.admin', '/api/registry/census/campaigns')).items[0].id}/progress`);
    expect(progress.byJurisdiction.reduce((n, r) => n + (r.waitingAt['responsible-unit-summary'] ?? 0), 0)).toBe(0);
    await screenshot(page, 'census-after-bulk-check');
    await context.close();
  });

  it('should let the county admin correct a held data-hub change and apply it, and dismiss another only with a reason', async () => {
    const [fixable, foreign] = [randomUscc(), randomUscc()];
    const csv = [
      '变更编号,变更类型,变更时间,统一社会信用代码,名称,区划代码,地址,法定代表人,行业代码,原因',
      `${run}-c1,新设,2026-11-21T09:00:00Z,${fixable},,341621101,城关镇页面路1号,王五,F5211,`,
      `${run}-c2,新设,2026-11-21T09:01:00Z,${foreign},,341621101,,,,`,
    ].join('\r\n');
    await writeFile(path.join(dropDir, `changes-${run}.csv`), `\uFEFF${csv}\r\n`);
    await eventually(async () => (await api<unknown[]>('county.admin', '/api/registry/data-hub/quarantine?status=open')).length >= 2, 30_000, 'the two changes held');

    const { context, page } = await logIn(browser, base, 'county.admin', '/data-hub');
    const held = page.locator('.ant-card', { hasText: '待人工处理的异常数据' });
    await held.locator('.ant-table-row', { hasText: fixable }).getByRole('button', { name: '写入台账' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('.ant-form-item', { hasText: '名称' }).first().locator('input').fill(`页面修正${run}有限公司`);
    await dialog.getByRole('button', { name: '写入台账' }).click();
    await page.getByText('已写入台账').waitFor();
    await eventually(async () => (await api<{ items: { name: string }[] }>('county.admin', `/api/registry/enterprises?q=${fixable}`)).items[0]?.name === `页面修正${run}有限公司`, 10_000, 'the corrected change in the ledger');

    await held.locator('.ant-table-row', { hasText: foreign }).getByRole('button', { name: '忽略' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '忽略' }).click();
    await dialog.getByText('忽略须说明理由').waitFor();
    await dialog.locator('textarea').fill('外县企业，不属本县');
    await dialog.getByRole('button', { name: '忽略' }).click();
    await page.locator('.ant-message-notice', { hasText: '已忽略' }).waitFor();
    const dismissed = await api<{ raw: { uscc?: string }; note?: string }[]>('county.admin', '/api/registry/data-hub/quarantine?status=dismissed');
    expect(dismissed.find((h) => h.raw.uscc === foreign)?.note).toBe('外县企业，不属本县');
    await screenshot(page, 'data-hub-resolved');
    await context.close();
  });

  it('should change an enterprise’s status from its record, tick a branch’s checklist item with who and when, and record its committee', async () => {
    const target = (await api<{ items: { id: string; name: string }[] }>('county.admin', '/api/registry/enterprises?q=金丰纺织')).items[0];
    const { context, page } = await logIn(browser, base, 'county.admin', `/ledger/${target.id}`);
    await page.getByRole('button', { name: '变更经营状态' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-form-item', { hasText: '新状态' }).locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '经营异常' }).click();
    await dialog.locator('textarea').fill('列入经营异常名录');
    await dialog.getByRole('button', { name: '确认变更' }).click();
    await page.getByText('经营状态已变更').waitFor();
    await page.locator('.ant-card-head', { hasText: target.name }).getByText('经营异常').waitFor();
    await page.getByText('经营 → 经营异常：列入经营异常名录').waitFor();

    await page.goto(`${base}/org`);
    await page.locator('.ant-tree-treenode', { has: page.locator('[data-testid=tree-econ-dev-zone]') }).locator('.ant-tree-switcher').click();
    await page.locator('.ant-tree-treenode', { has: page.locator('[data-testid=tree-machinery-gb]') }).locator('.ant-tree-switcher').click();
    await page.locator('[data-testid=tree-haofeng-branch]').click();
    await page.getByRole('tab', { name: '建设清单与班子' }).click();
    const kit = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '党建大礼包' }) }).last();
    await kit.getByText('（0/9）').waitFor();
    // The box is checked once the service has recorded it (it shows what is stored, not what was clicked).
    await kit.getByRole('checkbox', { name: '党旗' }).click();
    await kit.getByText('（1/9）').waitFor();
    await kit.getByText('county.admin').waitFor();
    await page.getByRole('button', { name: '登记班子' }).click();
    const election = page.getByRole('dialog');
    await election.locator('.ant-form-item', { hasText: '姓名' }).locator('input').fill('李秀英');
    await election.getByRole('button', { name: '登记' }).click();
    await page.getByText('班子已登记').waitFor();
    await page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '支委班子' }) }).last().locator('.ant-table-row', { hasText: '李秀英' }).getByText('书记').waitFor();
    await screenshot(page, 'org-records');
    await context.close();
  });

  it('should show the service’s field error beside the field it names', async () => {
    const { context, page } = await logIn(browser, base, 'county.admin', '/policies');
    await page.getByRole('button', { name: '新增版本' }).click();
    const dialog = page.getByRole('dialog');
    const field = dialog.locator('.ant-form-item', { hasText: '联合党支部最多企业数' });
    await field.locator('input').fill('1');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(field.locator('.ant-form-item-explain-error').innerText()).resolves.toContain('应为 2–100 的整数');
    await expect(dialog.locator('.ant-alert-error').innerText()).resolves.toContain('jointBranchMaxEnterprises');
    await screenshot(page, 'policy-field-error');
    await context.close();
  });

  it('should change the tree when the county admin accepts a formation suggestion', async () => {
    // 个体劳动者协会 in 城关镇 has 3 formal members and no organization: the advisor proposes its own branch.
    await eventually(async () => {
      const open = await api<{ items: { enterprises: { name: string }[] }[] }>('county.admin', '/api/organization/formation/suggestions?path=/demo-county/chengguan');
      return open.items.some((s) => s.enterprises.some((e) => e.name === '濉溪县个体劳动者协会'));
    }, ORGANIZATION_CATCH_UP_MS, 'a suggestion for 个体劳动者协会');
    const before = await api<{ items: { label: string }[] }>('county.admin', '/api/organization/org-units?parentPath=/demo-county/chengguan');
    const { context, page } = await logIn(browser, base, 'county.admin', '/formation');
    const item = page.locator('.ant-list-item', { hasText: '濉溪县个体劳动者协会' }).first();
    await item.waitFor();
    await screenshot(page, 'formation');
    await item.getByRole('button', { name: '采纳', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '采纳', exact: true }).click();
    await page.getByText('已采纳，组织架构已调整').waitFor();
    const after = await eventually(async () => {
      const units = await api<{ items: { label: string; name: string }[] }>('county.admin', '/api/organization/org-units?parentPath=/demo-county/chengguan');
      return units.items.length > before.items.length ? units : undefined;
    }, 20_000, 'a new branch under 城关镇');
    const formed = after.items.find((u) => !before.items.some((b) => b.label === u.label))!;
    await page.goto(`${base}/org`);
    await page.locator('[data-testid=tree-chengguan]').waitFor();
    await page.locator('.ant-tree-treenode', { has: page.locator('[data-testid=tree-chengguan]') }).locator('.ant-tree-switcher').click();
    await page.locator(`[data-testid=tree-${formed.name}]`).waitFor();
    await screenshot(page, 'org-tree-after-accept');
    await context.close();
  });
});

describe('members, organizational life and dues in a browser', () => {
  /** A demo member of 浩丰实业党支部 by name, opened at its address. */
  async function openMember(page: Page, name: string): Promise<void> {
    const listed = await api<{ items: { id: string; name: string }[] }>('county.admin', `/api/organization/members?path=${encodeURIComponent('/demo-county/econ-dev-zone/machinery-gb/haofeng-branch')}&status=active&limit=200`);
    const candidates = await api<{ items: { id: string; name: string }[] }>('county.admin', `/api/organization/members?path=${encodeURIComponent('/demo-county/econ-dev-zone/machinery-gb/haofeng-branch')}&category=candidate&limit=200`);
    const member = [...listed.items, ...candidates.items].find((m) => m.name === name)!;
    await page.goto(`${base}/members/${member.id}`);
    await page.locator('[data-testid=member-name]', { hasText: name }).waitFor();
  }

  it('should carry a branch secretary through the day: a meeting with attendance, a dues payment, a target voted in as probationary', async () => {
    const { context, page } = await logIn(browser, base, 'branch.secretary', '/members');
    const row = page.locator('.ant-table-row', { hasText: '王秀英' });
    await row.waitFor();
    expect(await row.innerText()).toContain('3416**********0221');
    expect(await page.locator('body').innerText()).not.toContain('341621198503170221');
    await screenshot(page, 'members-roster');
    await page.getByRole('tab', { name: '发展队伍' }).click();
    await page.locator('[data-testid=pipeline-board]', { hasText: '赵磊' }).waitFor();
    await screenshot(page, 'members-pipeline');

    // The meeting: 刘洋 absent, first without the reason (refused beside the field), then with it.
    await page.goto(`${base}/meetings`);
    await page.getByRole('button', { name: '登记会议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('label.ant-checkbox-wrapper', { hasText: '刘洋' }).waitFor();
    await dialog.locator('.ant-form-item', { hasText: '主题' }).locator('input').fill('学习党的二十届四中全会精神');
    await dialog.locator('label.ant-checkbox-wrapper', { hasText: '刘洋' }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: '缺席须注明原因' }).waitFor();
    await dialog.getByPlaceholder('缺席原因').fill('出差');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.locator('.ant-table-row', { hasText: '学习党的二十届四中全会精神' }).waitFor();
    await screenshot(page, 'meetings');

    // A dues payment: 刘洋 is behind; this month's dues, with a numbered receipt.
    await openMember(page, '刘洋');
    await page.getByRole('button', { name: '收缴党费' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '收缴', exact: true }).click();
    await page.getByText('已收缴并开具收据').waitFor();
    const thisMonth = new Date().toISOString().slice(5, 7);
    await eventually(async () => (await page.locator('.ant-card', { hasText: '党费' }).innerText()).includes(thisMonth), 10_000, 'the month paid on the member page');
    await screenshot(page, 'member-dues');

    // 孙丽 has been an activist for six months: too early to become a target, and the dialog says from when.
    await openMember(page, '孙丽');
    await page.getByRole('button', { name: /发展下一步/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.locator('[data-testid=step-refusal]', { hasText: '最早' }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /取消|Cancel/ }).click();

    // 赵磊, a development target, voted in by the branch general meeting today.
    await openMember(page, '赵磊');
    await page.getByRole('button', { name: '发展下一步：预备党员' }).click();
    await page.getByRole('dialog').locator('.ant-form-item', { hasText: '依据材料' }).locator('input').fill('支部大会决议');
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.locator('[data-testid=member-stage]', { hasText: '预备党员' }).waitFor();
    await screenshot(page, 'member-record');
    await page.goto(`${base}/dues`);
    await page.locator('.ant-table-row', { hasText: '刘洋' }).waitFor();
    await screenshot(page, 'dues-books');
    await context.close();
  });

  it('should show full citizen IDs only to the county, keep other parks out, and give a member only their own page', async () => {
    const county = await logIn(browser, base, 'county.admin', '/members');
    await openMember(county.page, '王秀英');
    await county.page.getByRole('button', { name: '查看完整身份证号' }).click();
    await county.page.locator('[data-testid=full-id]', { hasText: '341621198503170221' }).waitFor();
    const memberUrl = county.page.url();
    // A transfer 浩丰 sent to the development zone's joint branch waits for the receiving side.
    const joint = await api<{ id: string }>('county.admin', `/api/organization/org-units/by-path?path=${encodeURIComponent('/demo-county/econ-dev-zone/edz-joint-branch-1')}`);
    const wang = (await api<{ items: { id: string; name: string }[] }>('county.admin', `/api/organization/members?path=${encodeURIComponent('/demo-county/econ-dev-zone/machinery-gb/haofeng-branch')}&limit=200`)).items.find((m) => m.name === '王秀英')!;
    const sent = await fetch(`${base}/api/organization/members/${wang.id}/transfers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await userToken('branch.secretary')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'within-county', toOrgId: joint.id, note: '工作调动' }),
    });
    expect(sent.status).toBe(201);
    await county.page.goto(`${base}/transfers`);
    const pending = county.page.locator('.ant-table-row', { hasText: '王秀英' });
    await pending.getByRole('button', { name: '接收' }).click();
    await county.page.getByText('已接收，党员已转入').waitFor();
    // 赣州's activity day: the county sets the general branch's day, then checks this month off as held.
    await county.page.goto(`${base}/meetings`);
    await county.page.getByRole('tab', { name: '固定活动日' }).click();
    const gb = county.page.locator('.ant-table-row', { hasText: '装备制造产业党总支' });
    await gb.getByRole('button', { name: '设定活动日' }).click();
    await county.page.getByRole('dialog').locator('.ant-form-item', { hasText: '每月几号' }).locator('input').fill('1');
    await county.page.getByRole('dialog').locator('.ant-form-item', { hasText: '地点' }).locator('input').fill('园区党群服务中心');
    await county.page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await gb.getByRole('button', { name: '已开展' }).click();
    await gb.locator('.ant-tag', { hasText: '已开展' }).waitFor();
    await screenshot(county.page, 'activity-days');
    for (const route of ['/transfers', '/dues']) {
      await county.page.goto(`${base}${route}`);
      await county.page.waitForSelector('.ant-card');
      await county.page.waitForTimeout(500);
      expect(await county.page.locator('.ant-alert-error').count()).toBe(0);
      await screenshot(county.page, `${route.slice(1)}-county-admin`);
    }
    await county.context.close();

    const auditor = await logIn(browser, base, 'auditor', '/members');
    await auditor.page.locator('[data-testid=branch-select]').waitFor();
    await auditor.page.waitForSelector('.ant-table');
    expect(await auditor.page.getByRole('button', { name: '登记党员' }).count()).toBe(0);
    await auditor.page.goto(memberUrl);
    await auditor.page.locator('[data-testid=member-name]').waitFor();
    expect(await auditor.page.getByRole('button', { name: '查看完整身份证号' }).count()).toBe(0);
    await auditor.context.close();

    const htp = await logIn(browser, base, 'park.admin.htp', '/members');
    await htp.page.locator('.ant-table-row', { hasText: '吴敏' }).waitFor();
    expect(await htp.page.locator('body').innerText()).not.toContain('王秀英');
    await htp.page.goto(memberUrl);
    await htp.page.getByText('未找到该党员').waitFor();
    await htp.context.close();

    const member = await logIn(browser, base, 'member', '/me');
    await member.page.locator('[data-testid=my-name]', { hasText: '李明' }).waitFor();
    expect(await menu(member.page)).toContain('我的党员信息');
    expect(await menu(member.page)).not.toContain('党员花名册');
    await screenshot(member.page, 'my-page');
    await member.page.goto(`${base}/members`);
    await member.page.getByText('无权访问').waitFor();
    await member.context.close();
  });
});

describe('instructors, visits and enterprise requests in a browser', () => {
  it('should let the instructor log a "345" visit on a phone, refused beside the checklist until an item is ticked, with a request raised on it', async () => {
    const { context, page } = await logIn(browser, base, 'instructor', '/visits', { width: 390, height: 844 });
    const form = page.locator('form');
    await form.locator('.ant-form-item', { hasText: '走访企业' }).locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '濉溪汽配' }).click();
    await form.locator('.ant-form-item', { hasText: '走访发现' }).locator('textarea').fill('新增数控车间，职工 60 人，无党员');
    await page.getByRole('button', { name: '提交走访记录' }).click();
    await form.locator('.ant-form-item-explain-error', { hasText: '至少勾选一项' }).waitFor();
    for (const item of ['第一时间知情', '风险隐患情况清', '企业服务员']) await form.locator('label.ant-checkbox-wrapper', { hasText: item }).click();
    await page.getByRole('button', { name: '添加诉求' }).click();
    await form.locator('.ant-form-item', { hasText: '诉求' }).last().locator('input').first().fill('车间消防验收');
    await form.locator('.ant-form-item', { hasText: '责任单位' }).last().locator('input').fill('县消防救援大队');
    await screenshot(page, 'visit-phone');
    await page.getByRole('button', { name: '提交走访记录' }).click();
    await page.locator('.ant-alert-success', { hasText: '已登记' }).waitFor();
    await page.getByRole('tab', { name: '我的走访记录' }).click();
    await page.locator('.ant-table-row', { hasText: '濉溪汽配' }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: '濉溪汽配' }).innerText()).toContain('3/12');
    // The request raised on the visit is on the instructor's board, and nothing of other instructors' enterprises.
    await page.goto(`${base}/requests`);
    await page.locator('.ant-table-row', { hasText: '车间消防验收' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('申报高新技术企业');
    await context.close();
  });

  it('should let a park admin see the instructors and their enterprises, assign one, and close an overdue request only with its resolution', async () => {
    const { context, page } = await logIn(browser, base, 'park.admin.edz', '/instructors');
    await page.locator('.ant-table-row', { hasText: '王强' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.locator('.ant-table-row', { hasText: '濉溪汽配' }).waitFor();
    expect(await drawer.innerText()).toContain('138****1234');
    await page.keyboard.press('Escape');
    await page.locator('.ant-table-row', { hasText: '刘芳' }).click();
    await page.getByRole('button', { name: '选派联系企业' }).click();
    const dialog = page.getByRole('dialog', { name: /选派联系企业/ });
    await dialog.locator('.ant-select').click();
    await dialog.locator('.ant-select input').fill('金丰');
    await page.locator('.ant-select-item-option', { hasText: '金丰纺织' }).click();
    await dialog.getByRole('button', { name: '选派' }).click();
    await page.locator('.ant-drawer .ant-table-row', { hasText: '金丰纺织' }).waitFor();
    await screenshot(page, 'instructor-drawer');
    await page.keyboard.press('Escape');

    await page.goto(`${base}/requests`);
    const overdue = page.locator('.ant-table-row', { hasText: '数控技术工人招聘难' });
    await overdue.waitFor();
    expect(await overdue.locator('.ant-tag').innerText()).toContain('超期');
    expect(await page.locator('[data-testid=request-figures]').innerText()).toContain('今年受理');
    await screenshot(page, 'requests-board');
    await overdue.getByRole('button', { name: '销号' }).click();
    const close = page.getByRole('dialog');
    await close.getByRole('button', { name: '销号' }).click();
    await close.locator('.ant-form-item-explain-error', { hasText: '办理结果' }).waitFor();
    await close.locator('textarea').fill('县职业技术学校定向培养 20 人');
    await close.getByRole('button', { name: '销号' }).click();
    await eventually(async () => (await overdue.innerText()).includes('已销号'), 10_000, 'the request closed on the board');
    await context.close();
  });

  it('should show the liaison only its own enterprise’s requests with no way to move them, and the auditor the reviews and leaders without changing them', async () => {
    const liaison = await logIn(browser, base, 'liaison', '/requests');
    await liaison.page.locator('.ant-table-row', { hasText: '扩产流动资金贷款' }).waitFor();
    const text = await liaison.page.locator('.ant-table-tbody').innerText();
    expect(text).not.toContain('数控技术工人招聘难');
    expect(await liaison.page.getByRole('button', { name: '销号' }).count()).toBe(0);
    await liaison.page.getByRole('button', { name: '受理诉求' }).click();
    const dialog = liaison.page.getByRole('dialog');
    await dialog.locator('.ant-form-item', { hasText: '企业' }).first().locator('.ant-select').click();
    await liaison.page.locator('.ant-select-item-option', { hasText: '浩丰实业' }).click();
    await dialog.locator('.ant-form-item', { hasText: '诉求' }).locator('input').first().fill('员工子女入学');
    await dialog.locator('.ant-form-item', { hasText: '责任单位' }).locator('input').fill('县教育局');
    await dialog.getByRole('button', { name: '受理' }).click();
    await liaison.page.locator('.ant-table-row', { hasText: '员工子女入学' }).waitFor();
    expect(await menu(liaison.page)).not.toContain('党建指导员');
    // The liaison rates the instructor who serves its enterprise; the rating counts in the yearly review.
    await liaison.page.getByRole('button', { name: '评价指导员' }).click();
    const rate = liaison.page.locator('[data-testid=rate-王强]');
    await rate.locator('input').fill('90');
    await rate.getByRole('button', { name: '评价' }).click();
    await liaison.page.getByText('已评价').waitFor();
    const year = new Date().getFullYear();
    await eventually(async () => {
      const reviews = await api<{ items: { name: string; facts: { feedbackMean: number | null } }[] }>('county.admin', `/api/instructor/reviews?path=/demo-county/econ-dev-zone&year=${year}`);
      return reviews.items.find((r) => r.name === '王强')?.facts.feedbackMean === 90;
    }, 10_000, 'the rating in the review');
    await liaison.context.close();

    const auditor = await logIn(browser, base, 'auditor', '/leaders');
    await auditor.page.locator('[data-testid=leader-summary]', { hasText: '共 2 人，1 人符合' }).waitFor();
    expect(await auditor.page.getByRole('button', { name: '登记领导' }).count()).toBe(0);
    await screenshot(auditor.page, 'leaders');
    await auditor.page.goto(`${base}/instructor-reviews`);
    await auditor.page.locator('.ant-table-row', { hasText: '王强' }).waitFor();
    expect(await auditor.page.getByRole('button', { name: '评定' }).count()).toBe(0);
    await screenshot(auditor.page, 'instructor-reviews');
    await auditor.context.close();
  });
});
