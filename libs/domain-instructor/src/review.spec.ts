import { leaderRuleProblems } from './leader-contact';
import { proposedScore, reviewResult } from './review';

describe('proposedScore', () => {
  it('gives full marks for every visit on time, every request closed, two orgs formed and top feedback', () => {
    expect(proposedScore({ visitsDue: 12, visitsDone: 12, requests: 4, requestsClosed: 4, orgsFormed: 2, feedback: [100] })).toEqual({ visits: 40, requests: 30, orgsFormed: 10, feedback: 20, total: 100 });
  });

  it('scores in proportion, and does not mark down a year without requests or feedback', () => {
    expect(proposedScore({ visitsDue: 12, visitsDone: 6, requests: 0, requestsClosed: 0, orgsFormed: 0, feedback: [] })).toEqual({ visits: 20, requests: 30, orgsFormed: 0, feedback: 20, total: 70 });
    expect(proposedScore({ visitsDue: 12, visitsDone: 3, requests: 3, requestsClosed: 1, orgsFormed: 0, feedback: [40, 60] }).total).toBe(30);
  });

  it('fails below 60 and is excellent from 90', () => {
    expect([reviewResult(59.9), reviewResult(60), reviewResult(90)]).toEqual(['fail', 'pass', 'excellent']);
  });
});

describe('leaderRuleProblems', () => {
  it('holds a county leader to one enterprise', () => {
    expect(leaderRuleProblems('county-leader', [{ kind: 'enterprise' }])).toEqual([]);
    expect(leaderRuleProblems('county-leader', [])[0]).toContain('现为 0 家');
  });

  it('holds a committee member to seven orgs of more than one class', () => {
    const seven = ['A', 'B', 'C', 'C', 'D', 'D', 'E'].map((c) => ({ kind: 'org' as const, orgClass: c as 'A' }));
    expect(leaderRuleProblems('committee-member', seven)).toEqual([]);
    expect(leaderRuleProblems('committee-member', seven.map((o) => ({ ...o, orgClass: 'C' as const })))).toEqual([expect.stringContaining('不同类别')]);
    expect(leaderRuleProblems('committee-member', seven.slice(1))[0]).toContain('现为 6 个');
  });
});
