import { Injectable } from '@nestjs/common';
import { callerScopes, outOfScope } from '@dangjian/auth';
import { CommonErrorCode, OrganizationErrorCode } from '@dangjian/contracts';
import {
  ArrearsStanding,
  DUES_CATEGORY_LABELS,
  DevelopmentStage,
  addMonths,
  arrearsStanding,
  duesPaymentProblem,
  isoDate,
  monthlyDuesFen,
  monthsBetween,
} from '@dangjian/domain-organization';
import { OutboxRelay } from '@dangjian/messaging';
import { VersionConflictError } from '@dangjian/persistence';
import { AuditTrail, DomainException, RequestContext, invalidFields } from '@dangjian/platform';
import { MemberDoc } from '../members/member.schema';
import { MembersRepository } from '../members/members.repository';
import { OrgUnitDoc } from '../org-units/org-unit.schema';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { PoliciesService } from '../policies/policies.service';
import { SetDuesAccountDto } from './dtos/dues.dto';
import { DuesAccountDoc, DuesPaymentDoc, DuesReceiptDoc } from './dues.schema';
import { DuesRepository } from './dues.repository';

const thisMonth = () => isoDate().slice(0, 7);
/** Dues of a month are late once it is over: arrears count up to last month. */
const lastMonth = () => addMonths(thisMonth(), -1);

export type DuesAccountView = Pick<DuesAccountDoc, 'category' | 'incomeFen' | 'farmerFen' | 'monthlyFen' | 'setForYear' | 'dueFrom'> & { memberId: string; memberName: string; categoryLabel: string };

export interface AccountsBookRow {
  memberId: string;
  name: string;
  stage: DevelopmentStage;
  account: DuesAccountView | null;
  /** Months of the year paid, with their receipts. */
  paid: { month: string; amountFen: number; receiptNo: string }[];
  paidFen: number;
  arrears: ArrearsStanding | null;
}

export type ReceiptView = Omit<DuesReceiptDoc, '_id' | 'orgAncestors' | '_events'> & { id: string };

function accountView(doc: DuesAccountDoc): DuesAccountView {
  return {
    memberId: doc._id,
    memberName: doc.memberName,
    category: doc.category,
    categoryLabel: DUES_CATEGORY_LABELS[doc.category],
    incomeFen: doc.incomeFen,
    farmerFen: doc.farmerFen,
    monthlyFen: doc.monthlyFen,
    setForYear: doc.setForYear,
    dueFrom: doc.dueFrom,
  };
}

function receiptView(doc: DuesReceiptDoc): ReceiptView {
  const { _id, orgAncestors: _a, _events: _e, ...rest } = doc as DuesReceiptDoc & { _events?: unknown };
  return { id: _id, ...rest };
}

/** Party dues, "一册一账一票": each member's account, the payments of each month, numbered receipts, the books of a branch and a jurisdiction's totals. */
@Injectable()
export class DuesService {
  constructor(
    private readonly dues: DuesRepository,
    private readonly members: MembersRepository,
    private readonly units: OrgUnitsRepository,
    private readonly policies: PoliciesService,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditTrail,
  ) {}

  /** Sets the base and the monthly amount (at the start of a year, or when a member joins or changes category). */
  async setAccount(memberId: string, dto: SetDuesAccountDto): Promise<DuesAccountView> {
    const scopes = callerScopes();
    const member = await this.member(memberId);
    const read = await this.dues.account(scopes, memberId);
    const bands = (await this.policies.inForce(member.orgPath)).settings.duesBands;
    const joined = [...member.steps].reverse().find((s) => s.stage === 'probationary')?.on.slice(0, 7);
    const dueFrom = dto.dueFrom ?? read?.dueFrom ?? (member.stage === 'probationary' && joined ? joined : thisMonth());
    if (dueFrom > thisMonth()) throw invalidFields([{ field: 'dueFrom', problems: ['起缴月份不能晚于本月 / the first month owed cannot be in the future'] }]);
    const next: Omit<DuesAccountDoc, 'orgAncestors' | '__v'> = {
      _id: member._id,
      orgId: member.orgId,
      orgPath: member.orgPath,
      memberName: member.name,
      category: dto.category,
      incomeFen: dto.incomeFen,
      farmerFen: dto.category === 'farmer' ? (dto.farmerFen ?? 20) : null,
      monthlyFen: monthlyDuesFen(dto.category, dto.incomeFen, dto.farmerFen, bands),
      setForYear: Number(isoDate().slice(0, 4)),
      dueFrom,
      announced: read?.announced ?? null,
    };
    const event = this.audit.event({
      action: 'dues.update',
      target: { kind: 'dues-account', id: member._id, orgPath: member.orgPath },
      changes: { category: { from: read?.category, to: dto.category }, incomeFen: { from: read?.incomeFen, to: dto.incomeFen }, monthlyFen: { from: read?.monthlyFen, to: next.monthlyFen } },
      sensitive: ['incomeFen'],
    });
    try {
      await this.dues.saveAccount(scopes, read, next, [event]);
    } catch (error) {
      if (error instanceof VersionConflictError || (error as { code?: number }).code === 11000) {
        throw new DomainException(CommonErrorCode.VERSION_CONFLICT, '党费信息刚被他人修改，请刷新后重试 / The dues account was changed meanwhile; reload and retry');
      }
      throw error;
    }
    this.relay.nudge(this.dues.accounts, member._id);
    return accountView({ ...next, orgAncestors: [] });
  }

  /** Takes a payment for one or more months (back-payment up to 6 months, never into a closed month) and issues one numbered receipt. */
  async pay(memberId: string, months: string[]): Promise<ReceiptView> {
    const scopes = callerScopes();
    const member = await this.member(memberId);
    const account = await this.dues.account(scopes, memberId);
    if (!account) {
      throw new DomainException(OrganizationErrorCode.DUES_PAYMENT_REFUSED, '请先核定该党员的缴费基数 / Set the member’s dues base first', { reason: 'no-account' });
    }
    const wanted = [...new Set(months)].sort();
    const closedUpTo = (await this.dues.book(member.orgId))?.closedUpTo ?? undefined;
    const problems = wanted.flatMap((month) => {
      const problem = month < account.dueFrom ? 'before-due' : duesPaymentProblem(month, thisMonth(), closedUpTo);
      return problem ? [{ field: `months.${months.indexOf(month)}`, problems: [PAYMENT_PROBLEMS[problem](month, closedUpTo ?? '', account.dueFrom)] }] : [];
    });
    if (problems.length) {
      throw new DomainException(OrganizationErrorCode.DUES_PAYMENT_REFUSED, problems.map((p) => p.problems[0]).join('；'), problems);
    }
    const already = (await this.dues.paidMonths([memberId], wanted[0])).filter((p) => wanted.includes(p.month));
    if (already.length) throw paidAlready(already.map((p) => p.month));
    const by = RequestContext.principal()?.username ?? 'system';
    const today = isoDate();
    const amountFen = account.monthlyFen * wanted.length;
    const org = { _id: member.orgId, path: member.orgPath };
    const event = this.audit.event({
      action: 'dues.create',
      target: { kind: 'dues-payment', id: memberId, orgPath: member.orgPath },
      changes: { months: { to: wanted.join(',') }, amountFen: { to: amountFen } },
    });
    const receipt = await this.dues.issueReceipt(
      scopes,
      org,
      Number(today.slice(0, 4)),
      { orgId: member.orgId, orgPath: member.orgPath, memberId, memberName: member.name, months: wanted, amountFen, issuedOn: today, by, status: 'issued' },
      [event],
    );
    this.relay.nudge(this.dues.receipts, receipt._id);
    const payments: DuesPaymentDoc[] = wanted.map((month) => ({
      _id: `${memberId}:${month}`,
      memberId,
      memberName: member.name,
      orgId: member.orgId,
      orgPath: member.orgPath,
      orgAncestors: receipt.orgAncestors,
      month,
      amountFen: account.monthlyFen,
      receiptNo: receipt.receiptNo,
      paidOn: today,
      by,
    }));
    if (!(await this.dues.bookPayments(payments))) {
      await this.dues.voidReceipt(receipt._id, '所缴月份已由他人登记，本收据作废 / the months were paid meanwhile; this receipt is void');
      throw paidAlready(wanted);
    }
    return receiptView(receipt);
  }

  /** Closes an org's books up to a month (结账): no payment is booked into those months afterwards. */
  async close(orgId: string, month: string): Promise<{ orgId: string; closedUpTo: string }> {
    const scopes = callerScopes();
    const org = await this.branch(orgId);
    if (month > thisMonth()) throw invalidFields([{ field: 'month', problems: ['不能结账未来的月份 / a future month cannot be closed'] }]);
    const event = this.audit.event({ action: 'dues.update', target: { kind: 'dues-book', id: org._id, orgPath: org.path }, changes: { closedUpTo: { to: month } } });
    try {
      await this.dues.close(scopes, { _id: org._id, path: org.path }, month, [event]);
    } catch (error) {
      if (error instanceof VersionConflictError) throw new DomainException(CommonErrorCode.VERSION_CONFLICT, '账簿刚被他人修改，请重试 / The book was changed meanwhile; retry');
      throw error;
    }
    this.relay.nudge(this.dues.books, org._id);
    const book = await this.dues.book(org._id);
    return { orgId: org._id, closedUpTo: book?.closedUpTo ?? month };
  }

  /** 一册: every active member of a branch with the account, the months of the year paid and the arrears standing. */
  async accountsBook(orgId: string, year = Number(isoDate().slice(0, 4))): Promise<{ orgId: string; orgPath: string; label: string; year: number; closedUpTo: string | null; rows: AccountsBookRow[] }> {
    const scopes = callerScopes();
    const org = await this.branch(orgId);
    const roster = (await this.members.rosterUnder(scopes, org.path)) ?? [];
    const accounts = new Map(((await this.dues.accountsOf(scopes, { _id: org._id, path: org.path })) ?? []).map((a) => [a._id, a]));
    const from = `${Math.min(year, Number(lastMonth().slice(0, 4)))}-01`;
    const paid = await this.dues.paidMonths(roster.map((m) => m._id), addMonths(from, -12));
    const asOf = lastMonth() < `${year}-12` ? lastMonth() : `${year}-12`;
    const rows = roster.map((member) => {
      const account = accounts.get(member._id) ?? null;
      const own = paid.filter((p) => p.memberId === member._id);
      const ofYear = own.filter((p) => p.month.startsWith(`${year}-`)).sort((a, b) => a.month.localeCompare(b.month));
      return {
        memberId: member._id,
        name: member.name,
        stage: member.stage,
        account: account ? accountView(account) : null,
        paid: ofYear.map(({ month, amountFen, receiptNo }) => ({ month, amountFen, receiptNo })),
        paidFen: ofYear.reduce((sum, p) => sum + p.amountFen, 0),
        arrears: account && monthsBetween(account.dueFrom, asOf) >= 0 ? arrearsStanding(own.map((p) => p.month), account.dueFrom, asOf) : null,
      };
    });
    return { orgId: org._id, orgPath: org.path, label: org.label, year, closedUpTo: (await this.dues.book(org._id))?.closedUpTo ?? null, rows };
  }

  /** 一账: the payments of a branch's year, month by month, with the totals. */
  async ledger(orgId: string, year = Number(isoDate().slice(0, 4))) {
    const org = await this.branch(orgId);
    const payments = (await this.dues.paymentsOf(callerScopes(), { _id: org._id, path: org.path }, `${year}-01`, `${year}-12`)) ?? [];
    const months = [...new Set(payments.map((p) => p.month))].sort();
    return {
      orgId: org._id,
      orgPath: org.path,
      label: org.label,
      year,
      entries: payments.map(({ memberId, memberName, month, amountFen, receiptNo, paidOn, by }) => ({ memberId, memberName, month, amountFen, receiptNo, paidOn, by })),
      byMonth: months.map((month) => {
        const of = payments.filter((p) => p.month === month);
        return { month, payments: of.length, amountFen: of.reduce((sum, p) => sum + p.amountFen, 0) };
      }),
      totalFen: payments.reduce((sum, p) => sum + p.amountFen, 0),
    };
  }

  /** 一票: a branch's receipts of a year, void ones included, in number order. */
  async receipts(orgId: string, year = Number(isoDate().slice(0, 4))): Promise<{ orgId: string; orgPath: string; label: string; year: number; items: ReceiptView[] }> {
    const org = await this.branch(orgId);
    const docs = (await this.dues.receiptsOf(callerScopes(), { _id: org._id, path: org.path }, year)) ?? [];
    return { orgId: org._id, orgPath: org.path, label: org.label, year, items: docs.map(receiptView) };
  }

  /** The month's publication list (党费收缴公示): each member, what is due, whether it was paid. */
  async publication(orgId: string, month = thisMonth()) {
    const scopes = callerScopes();
    const org = await this.branch(orgId);
    const roster = (await this.members.rosterUnder(scopes, org.path)) ?? [];
    const accounts = new Map(((await this.dues.accountsOf(scopes, { _id: org._id, path: org.path })) ?? []).map((a) => [a._id, a]));
    const paid = new Map((await this.dues.paidMonths(roster.map((m) => m._id), month)).filter((p) => p.month === month).map((p) => [p.memberId, p]));
    const rows = roster.map((m) => ({
      memberId: m._id,
      name: m.name,
      monthlyFen: accounts.get(m._id)?.monthlyFen ?? null,
      paid: paid.has(m._id),
      amountFen: paid.get(m._id)?.amountFen ?? null,
      receiptNo: paid.get(m._id)?.receiptNo ?? null,
    }));
    return { orgId: org._id, orgPath: org.path, label: org.label, month, rows, paidCount: rows.filter((r) => r.paid).length, collectedFen: rows.reduce((sum, r) => sum + (r.amountFen ?? 0), 0) };
  }

  /** Dues collected in a year per unit right under a jurisdiction. */
  async totals(path: string, year = Number(isoDate().slice(0, 4))) {
    const scopes = callerScopes();
    const unit = await this.units.findByPath(scopes, path);
    const payments = await this.dues.paymentsUnder(scopes, path, `${year}-01`, `${year}-12`);
    if (!unit || !payments) throw outOfScope('辖区 / jurisdiction');
    const children = await this.units.list(scopes, { parentPath: path, limit: 1000 });
    const sum = (list: typeof payments) => ({ collectedFen: list.reduce((s, p) => s + p.amountFen, 0), payers: new Set(list.map((p) => p.memberId)).size, payments: list.length });
    return {
      path,
      label: unit.label,
      year,
      rows: children.map((child) => ({ path: child.path, label: child.label, ...sum(payments.filter((p) => p.orgPath === child.path || p.orgPath.startsWith(`${child.path}/`))) })),
      total: sum(payments),
    };
  }

  private async member(memberId: string): Promise<MemberDoc> {
    const member = await this.members.findById(callerScopes(), memberId);
    if (!member) throw outOfScope('党员 / member');
    if (member.status !== 'active' || member.category !== 'member') {
      throw new DomainException(OrganizationErrorCode.MEMBER_NOT_ACTIVE, '只有在册的预备党员、正式党员缴纳党费 / Only active probationary and formal members pay dues', { status: member.status, stage: member.stage });
    }
    return member;
  }

  private async branch(orgId: string): Promise<OrgUnitDoc> {
    const unit = await this.units.findById(callerScopes(), orgId);
    if (!unit) throw outOfScope('党支部 / branch');
    if (unit.kind !== 'branch') throw new DomainException(OrganizationErrorCode.NOT_A_BRANCH, '党费按党支部收缴 / Dues are kept per branch', { orgId, kind: unit.kind });
    return unit;
  }
}

const PAYMENT_PROBLEMS: Record<'future-month' | 'too-far-back' | 'month-closed' | 'before-due', (month: string, closedUpTo: string, dueFrom: string) => string> = {
  'future-month': (m) => `${m} 尚未到，不能预缴 / ${m} has not come yet`,
  'too-far-back': (m) => `${m} 超过 6 个月补缴期限 / ${m} is more than 6 months back`,
  'month-closed': (m, closed) => `${m} 已结账（结至 ${closed}），不能再登记 / ${m} is closed (books closed up to ${closed})`,
  'before-due': (m, _c, dueFrom) => `${m} 早于起缴月份 ${dueFrom} / ${m} is before the first month owed, ${dueFrom}`,
};

function paidAlready(months: string[]): DomainException {
  return new DomainException(OrganizationErrorCode.DUES_MONTH_PAID, `${months.join('、')} 的党费已缴 / dues for ${months.join(', ')} are paid already`, { months });
}
