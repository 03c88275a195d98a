import { AdvisedEnterprise, adviseFormation, jointGroups } from './formation';

const RULES = { independentBranchMinFormalMembers: 3, jointBranchMinEnterprises: 2, jointBranchMaxEnterprises: 5 };
let n = 0;
const e = (over: Partial<AdvisedEnterprise> = {}): AdvisedEnterprise => {
  n += 1;
  return { id: `e${String(n).padStart(3, '0')}`, uscc: `U${n}`, name: `企业${n}`, status: 'operating', industryCode: 'C3411', formalMembers: 1, partyMembers: 1, censused: true, instructors: 0, branch: null, ...over };
};

describe('adviseFormation', () => {
  it('should tell an enterprise with 3 formal members and no branch to form its own, at once when it is new since the census', () => {
    const old = e({ formalMembers: 3, partyMembers: 3 });
    const fresh = e({ formalMembers: 4, partyMembers: 4, censused: false });
    expect(adviseFormation([old, fresh], RULES).map((s) => [s.kind, s.enterpriseIds])).toEqual([
      ['form-independent', [old.id]],
      ['form-at-registration', [fresh.id]],
    ]);
  });

  it('should raise 脱联 for a joint-branch enterprise that reached the rule (濉溪: 金鸿盛)', () => {
    const jinhongsheng = e({ formalMembers: 3, partyMembers: 3, branch: { id: 'joint-1', form: 'joint' } });
    const stays = e({ branch: { id: 'joint-1', form: 'joint' } });
    expect(adviseFormation([jinhongsheng, stays], RULES)).toEqual([expect.objectContaining({ kind: 'leave-joint', enterpriseIds: [jinhongsheng.id], branchId: 'joint-1' })]);
  });

  it('should ask to adjust a branch whose enterprise is abnormal, deregistered, or fell below the rule in an independent branch', () => {
    const abnormal = e({ status: 'abnormal', formalMembers: 5, branch: { id: 'b1', form: 'independent' } });
    const gone = e({ status: 'deregistered', branch: { id: 'b2', form: 'joint' } });
    const below = e({ formalMembers: 2, branch: { id: 'b3', form: 'independent' } });
    const kinds = adviseFormation([abnormal, gone, below], RULES);
    expect(kinds.map((s) => [s.kind, s.branchId])).toEqual([['adjust-org', 'b1'], ['adjust-org', 'b2'], ['adjust-org', 'b3']]);
    expect(kinds[2].reason).toContain('不足单独组建所需 3 名');
  });

  it('should want an instructor only for an enterprise without members and without one', () => {
    const none = e({ formalMembers: 0, partyMembers: 0 });
    const served = e({ formalMembers: 0, partyMembers: 0, instructors: 1 });
    const probationaryOnly = e({ formalMembers: 0, partyMembers: 1 });
    expect(adviseFormation([none, served, probationaryOnly], RULES).map((s) => [s.kind, s.enterpriseIds])).toEqual([['needs-instructor', [none.id]]]);
  });

  it('should say nothing of deregistered or abnormal enterprises without a branch', () => {
    expect(adviseFormation([e({ status: 'deregistered', formalMembers: 5 }), e({ status: 'abnormal', formalMembers: 0, partyMembers: 0 })], RULES)).toEqual([]);
  });
});

describe('jointGroups', () => {
  it('should group the same industry first, never above the maximum, and pool the rest', () => {
    const c = Array.from({ length: 7 }, () => e({ industryCode: 'C1810' }));
    const f = Array.from({ length: 3 }, () => e({ industryCode: 'F5123' }));
    const groups = jointGroups([...f, ...c], RULES);
    expect(groups.map((g) => g.length)).toEqual([5, 5]);
    expect(groups[0].every((x) => x.industryCode === 'C1810')).toBe(true);
    expect(groups[1].map((x) => x.industryCode)).toEqual(['C1810', 'C1810', 'F5123', 'F5123', 'F5123']);
  });

  it('should leave out a last group below the minimum', () => {
    expect(jointGroups([e(), e(), e()], { ...RULES, jointBranchMaxEnterprises: 2 }).map((g) => g.length)).toEqual([2]);
  });

  it('should follow a jurisdiction’s maximum (怀宁 13)', () => {
    const many = Array.from({ length: 280 }, () => e());
    const groups = jointGroups(many, { ...RULES, jointBranchMaxEnterprises: 13 });
    expect(groups.length).toBe(22);
    expect(Math.max(...groups.map((g) => g.length))).toBe(13);
  });
});
