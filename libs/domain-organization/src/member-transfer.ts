// Transfers of membership (组织关系转接). Inside the county both sides confirm: the sending org sends, the
// receiving org receives (the member moves then) or rejects with a reason, and the sender may withdraw while it
// waits. To or from outside the county the platform sees one side only, so the introduction letter's number
// (介绍信编号) is what records it, and the transfer completes when it is entered. Pure rules.

export const TRANSFER_KINDS = ['within-county', 'outward', 'inward'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];
export const TRANSFER_STATUSES = ['pending', 'completed', 'rejected', 'withdrawn'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export type TransferAction = 'receive' | 'reject' | 'withdraw';

export interface TransferDraft {
  kind: TransferKind;
  /** Sending org's path; none when the member comes from outside the county. */
  fromOrg?: string;
  /** Receiving org's path; none when the member leaves the county. */
  toOrg?: string;
  letterNo?: string;
}

export interface TransferProblem {
  field: string;
  message: string;
}

/** What is wrong with a new transfer, each with its field; empty when it may be sent. */
export function transferDraftProblems(draft: TransferDraft): TransferProblem[] {
  const problems: TransferProblem[] = [];
  const needs = (field: 'fromOrg' | 'toOrg' | 'letterNo', what: string) => {
    if (!draft[field]?.trim()) problems.push({ field, message: `请填写${what} / ${field} is required` });
  };
  if (draft.kind === 'within-county') {
    needs('fromOrg', '转出党组织');
    needs('toOrg', '转入党组织');
    if (draft.fromOrg && draft.fromOrg === draft.toOrg) problems.push({ field: 'toOrg', message: '转入与转出党组织相同 / the receiving org is the sending org' });
  } else if (draft.kind === 'outward') {
    needs('fromOrg', '转出党组织');
    needs('letterNo', '介绍信编号');
  } else {
    needs('toOrg', '转入党组织');
    needs('letterNo', '介绍信编号');
  }
  return problems;
}

/** A new transfer's status: one inside the county waits for the receiving side; one across its border is done. */
export function initialTransferStatus(kind: TransferKind): TransferStatus {
  return kind === 'within-county' ? 'pending' : 'completed';
}

/**
 * The status after `action` by the sending or receiving side, or a refusal: only a pending transfer inside the
 * county moves; the receiving side receives or rejects, the sending side withdraws.
 */
export function nextTransferStatus(kind: TransferKind, status: TransferStatus, action: TransferAction, side: 'sending' | 'receiving'): TransferStatus | { refused: string } {
  if (kind !== 'within-county' || status !== 'pending') return { refused: '该转接已办结，不能再操作 / the transfer is no longer pending' };
  if (action === 'withdraw') return side === 'sending' ? 'withdrawn' : { refused: '只有转出方可以撤回 / only the sending side may withdraw' };
  if (side !== 'receiving') return { refused: '只有转入方可以接收或退回 / only the receiving side may receive or reject' };
  return action === 'receive' ? 'completed' : 'rejected';
}
