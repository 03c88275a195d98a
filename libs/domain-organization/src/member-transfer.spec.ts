import { initialTransferStatus, nextTransferStatus, transferDraftProblems } from './member-transfer';

describe('membership transfers', () => {
  it('needs both orgs inside the county, and a letter number across its border', () => {
    expect(transferDraftProblems({ kind: 'within-county', fromOrg: '/c/p/a', toOrg: '/c/p/b' })).toEqual([]);
    expect(transferDraftProblems({ kind: 'within-county', fromOrg: '/c/p/a', toOrg: '/c/p/a' }).map((p) => p.field)).toEqual(['toOrg']);
    expect(transferDraftProblems({ kind: 'outward', fromOrg: '/c/p/a' }).map((p) => p.field)).toEqual(['letterNo']);
    expect(transferDraftProblems({ kind: 'inward', letterNo: '皖组转字〔2026〕18号' }).map((p) => p.field)).toEqual(['toOrg']);
    expect(transferDraftProblems({ kind: 'inward', toOrg: '/c/p/b', letterNo: '  ' }).map((p) => p.field)).toEqual(['letterNo']);
  });

  it('waits for the receiving side inside the county; a transfer across the border is done when entered', () => {
    expect(initialTransferStatus('within-county')).toBe('pending');
    expect(initialTransferStatus('outward')).toBe('completed');
    expect(initialTransferStatus('inward')).toBe('completed');
  });

  it('lets the receiving side receive or reject and the sending side withdraw, while pending only', () => {
    expect(nextTransferStatus('within-county', 'pending', 'receive', 'receiving')).toBe('completed');
    expect(nextTransferStatus('within-county', 'pending', 'reject', 'receiving')).toBe('rejected');
    expect(nextTransferStatus('within-county', 'pending', 'withdraw', 'sending')).toBe('withdrawn');
    expect(nextTransferStatus('within-county', 'pending', 'receive', 'sending')).toHaveProperty('refused');
    expect(nextTransferStatus('within-county', 'pending', 'withdraw', 'receiving')).toHaveProperty('refused');
    expect(nextTransferStatus('within-county', 'completed', 'reject', 'receiving')).toHaveProperty('refused');
    expect(nextTransferStatus('outward', 'completed', 'withdraw', 'sending')).toHaveProperty('refused');
  });
});
