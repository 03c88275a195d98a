import { createHmac } from 'node:crypto';
import { normalizeUscc, proposeKindFromUscc, usccProblem, USCC_PROBLEM_MESSAGES } from '@dangjian/domain-identifiers';
import { LedgerRow } from '../ledger/ledger-columns';

/** Registration change types the data-sharing platform reports (新设、变更、列入经营异常、注销). */
export const HUB_CHANGE_TYPES = ['new', 'changed', 'abnormal', 'deregistered'] as const;
export type HubChangeType = (typeof HUB_CHANGE_TYPES)[number];

const TYPE_LABELS: Record<string, HubChangeType> = { 新设: 'new', 变更: 'changed', 经营异常: 'abnormal', 列入经营异常: 'abnormal', 注销: 'deregistered', 吊销: 'deregistered' };

/** One change as the hub (or a dropped file) gives it; any field may be missing or wrong. */
export interface RawHubChange {
  changeId?: unknown;
  changeType?: unknown;
  changedAt?: unknown;
  uscc?: unknown;
  name?: unknown;
  regionCode?: unknown;
  address?: unknown;
  legalRep?: unknown;
  industryCode?: unknown;
  reason?: unknown;
}

export interface HubChange {
  changeId: string;
  changeType: HubChangeType;
  changedAt: string;
  row: LedgerRow;
  reason?: string;
}

const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
};

/**
 * Reads a hub change into a ledger row, or lists every reason it cannot be used (for the
 * quarantine, where a person resolves it). regions maps the hub's region codes to parks/townships.
 */
export function readHubChange(raw: RawHubChange, regions: Record<string, string>): { change: HubChange } | { reasons: string[] } {
  const reasons: string[] = [];
  const changeId = text(raw.changeId);
  if (!changeId) reasons.push('缺少变更编号 / changeId is missing');
  const typeText = text(raw.changeType);
  const changeType = typeText && ((HUB_CHANGE_TYPES as readonly string[]).includes(typeText) ? (typeText as HubChangeType) : TYPE_LABELS[typeText]);
  if (!changeType) reasons.push(`变更类型“${typeText ?? ''}”无法识别 / unknown changeType`);
  const changedAtText = text(raw.changedAt);
  const changedAt = changedAtText && !Number.isNaN(Date.parse(changedAtText)) ? new Date(changedAtText).toISOString() : undefined;
  if (!changedAt) reasons.push('变更时间缺失或格式错误 / changedAt is missing or not a date');
  const uscc = normalizeUscc(text(raw.uscc) ?? '');
  const problem = usccProblem(uscc);
  if (problem) reasons.push(`统一社会信用代码“${text(raw.uscc) ?? ''}”无效：${USCC_PROBLEM_MESSAGES[problem].zh} / invalid credit code: ${USCC_PROBLEM_MESSAGES[problem].en}`);
  const name = text(raw.name);
  if (!name || name.length < 2 || name.length > 100) reasons.push('名称缺失或长度不对 / name is missing or not 2-100 characters');
  const regionCode = text(raw.regionCode);
  const orgPath = regionCode ? regions[regionCode] : undefined;
  if (!orgPath) reasons.push(`区划代码“${regionCode ?? ''}”未对应到园区或乡镇 / region code maps to no park or township`);
  const industryCode = text(raw.industryCode);
  if (industryCode && !/^[A-T](\d{2}(\d{1,2})?)?$/.test(industryCode)) reasons.push(`行业代码“${industryCode}”不符合 GB/T 4754 / invalid industry code`);
  if (reasons.length) return { reasons };

  const row: LedgerRow = {
    uscc,
    name: name!,
    kind: proposeKindFromUscc(uscc) ?? 'enterprise',
    orgPath: orgPath!,
    address: text(raw.address)?.slice(0, 200),
    legalRep: text(raw.legalRep)?.slice(0, 40),
    industryCode,
  };
  if (changeType === 'abnormal') row.status = 'abnormal';
  if (changeType === 'deregistered') row.status = 'deregistered';
  return { change: { changeId: changeId!, changeType: changeType as HubChangeType, changedAt: changedAt!, row, reason: text(raw.reason) } };
}

/** HMAC-SHA256 over method, request target (path and query), timestamp and nonce, hex encoded. */
export function hubSignature(secret: string, method: string, target: string, timestamp: string, nonce: string): string {
  return createHmac('sha256', secret).update(`${method.toUpperCase()}\n${target}\n${timestamp}\n${nonce}`).digest('hex');
}
