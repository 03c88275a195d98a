import { ledgerSummary } from './ledger-summary';

describe('ledgerSummary', () => {
  it('folds industry codes into GB/T 4754 sections, largest first, and lists every kind and status', () => {
    const summary = ledgerSummary({
      kind: new Map([['enterprise', 5], ['social-org', 1]]),
      status: new Map([['operating', 4], ['abnormal', 2]]),
      industryCode: new Map([['C3411', 2], ['C3412', 2], ['I6510', 1], ['', 1]]),
    });
    expect(summary.total).toBe(6);
    expect(summary.byKind.map((r) => [r.key, r.count])).toEqual([['enterprise', 5], ['social-org', 1], ['individual', 0]]);
    expect(summary.byStatus.find((r) => r.key === 'abnormal')).toEqual({ key: 'abnormal', label: '经营异常', count: 2 });
    expect(summary.byStatus.find((r) => r.key === 'deregistered')?.count).toBe(0);
    expect(summary.byIndustry).toEqual([
      { key: 'C', label: '制造业', count: 4 },
      { key: '-', label: '未填行业', count: 1 },
      { key: 'I', label: '信息传输、软件和信息技术服务业', count: 1 },
    ]);
  });
});
