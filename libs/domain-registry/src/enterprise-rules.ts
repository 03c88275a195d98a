// Pure rules of the enterprise ledger (台账): normalization for search and shadow detection,
// lifecycle transitions, member counts and the thresholds other services act on.
import { createHash } from 'node:crypto';

export type EnterpriseStatus = 'entered-production' | 'operating' | 'abnormal' | 'deregistered';

const TRANSITIONS: Record<EnterpriseStatus, readonly EnterpriseStatus[]> = {
  'entered-production': ['operating', 'abnormal', 'deregistered'],
  operating: ['abnormal', 'deregistered'],
  abnormal: ['operating', 'deregistered'],
  deregistered: [],
};

/** Deregistration (注销/吊销) is final; an abnormal enterprise may resume operating. */
export function statusChangeAllowed(from: EnterpriseStatus, to: EnterpriseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Full-width to half-width, no spaces or punctuation, lower case: "浩丰（安徽）实业 有限公司" ≈ "浩丰(安徽)实业有限公司". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Overlapping character pairs of the normalized text; one character stays itself. */
export function bigrams(text: string): string[] {
  const chars = [...normalizeText(text)];
  if (chars.length <= 1) return chars;
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) out.add(chars[i] + chars[i + 1]);
  return [...out];
}

/** Keys stored on a record so free text on its name matches with one indexed `$all`. */
export function nameSearchKeys(name: string): string[] {
  return bigrams(name);
}

export interface ShadowInput {
  name: string;
  address?: string;
  legalRep?: string;
}

/**
 * Keys under which two records under different credit codes are probably one market subject
 * (影子企业): same normalized name and address, or same legal representative and address.
 */
export function shadowKeys(input: ShadowInput): string[] {
  const address = normalizeText(input.address ?? '');
  if (!address) return [];
  const hash = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 22);
  const keys = [`na:${hash(`${normalizeText(input.name)}|${address}`)}`];
  const rep = normalizeText(input.legalRep ?? '');
  if (rep) keys.push(`la:${hash(`${rep}|${address}`)}`);
  return keys;
}

export interface MemberCounts {
  partyMembers: number;
  probationaryMembers: number;
}

export type MemberCountsProblem = 'negative' | 'probationary-above-total';

export function memberCountsProblem(counts: MemberCounts): MemberCountsProblem | null {
  if (counts.partyMembers < 0 || counts.probationaryMembers < 0) return 'negative';
  if (counts.probationaryMembers > counts.partyMembers) return 'probationary-above-total';
  return null;
}

export function formalMembers(counts: MemberCounts): number {
  return counts.partyMembers - counts.probationaryMembers;
}

export interface ThresholdFacts extends MemberCounts {
  employees: number;
}

/** ≥ 3 formal members may form an independent branch; ≥ 50 employees are targeted to have members. */
export function thresholds(facts: ThresholdFacts): { meetsIndependentBranchRule: boolean; employeesAtLeast50: boolean } {
  return { meetsIndependentBranchRule: formalMembers(facts) >= 3, employeesAtLeast50: facts.employees >= 50 };
}

export function thresholdCrossings(before: ThresholdFacts, after: ThresholdFacts): string[] {
  const a = thresholds(before);
  const b = thresholds(after);
  const out: string[] = [];
  if (a.meetsIndependentBranchRule !== b.meetsIndependentBranchRule) out.push(`members>=3:${b.meetsIndependentBranchRule ? 'up' : 'down'}`);
  if (a.employeesAtLeast50 !== b.employeesAtLeast50) out.push(`employees>=50:${b.employeesAtLeast50 ? 'up' : 'down'}`);
  return out;
}

/** GB/T 4754 industry code: a section letter, optionally with division, group and class digits. */
export function isIndustryCode(code: string): boolean {
  return /^[A-T](\d{2}(\d{1,2})?)?$/.test(code);
}
