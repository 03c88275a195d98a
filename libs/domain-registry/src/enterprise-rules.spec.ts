import fc from 'fast-check';
import {
  bigrams,
  isIndustryCode,
  memberCountsProblem,
  normalizeText,
  shadowKeys,
  statusChangeAllowed,
  thresholdCrossings,
} from './enterprise-rules';

describe('enterprise rules', () => {
  it('should normalize width, case, spaces and punctuation', () => {
    expect(normalizeText('浩丰（安徽） 实业 有限公司')).toBe(normalizeText('浩丰(安徽)实业有限公司'));
    expect(normalizeText('ＡＢＣ 科技')).toBe('abc科技');
  });

  it('should find a name by any part of two or more characters', () => {
    const keys = bigrams('濉溪县浩丰实业有限公司');
    for (const part of ['浩丰', '浩丰实业', '实业有限']) expect(bigrams(part).every((k) => keys.includes(k))).toBe(true);
    expect(bigrams('浩泰').every((k) => keys.includes(k))).toBe(false);
  });

  it('should give the same shadow key to the same name and address written differently', () => {
    const a = shadowKeys({ name: '浩丰实业有限公司', address: '濉溪县 经开区 1号', legalRep: '张三' });
    const b = shadowKeys({ name: '浩丰实业 有限公司', address: '濉溪县经开区1号', legalRep: '李四' });
    const c = shadowKeys({ name: '浩丰建材有限公司', address: '濉溪县经开区1号', legalRep: '张三' });
    expect(a[0]).toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
    expect(c[1]).toBe(a[1]); // same legal representative at the same address
    expect(shadowKeys({ name: 'x' })).toEqual([]);
  });

  it('should refuse negative counts and more probationary members than members', () => {
    expect(memberCountsProblem({ partyMembers: 3, probationaryMembers: 1 })).toBeNull();
    expect(memberCountsProblem({ partyMembers: -1, probationaryMembers: 0 })).toBe('negative');
    expect(memberCountsProblem({ partyMembers: 2, probationaryMembers: 3 })).toBe('probationary-above-total');
  });

  it('should report thresholds crossed in either direction', () => {
    expect(thresholdCrossings({ partyMembers: 3, probationaryMembers: 1, employees: 49 }, { partyMembers: 3, probationaryMembers: 0, employees: 50 })).toEqual([
      'members>=3:up',
      'employees>=50:up',
    ]);
    expect(thresholdCrossings({ partyMembers: 3, probationaryMembers: 0, employees: 10 }, { partyMembers: 2, probationaryMembers: 0, employees: 10 })).toEqual([
      'members>=3:down',
    ]);
  });

  it('should never cross a threshold when nothing changes', () => {
    const counts = fc.record({ partyMembers: fc.nat(100), probationaryMembers: fc.nat(5), employees: fc.nat(500) });
    fc.assert(fc.property(counts, (c) => thresholdCrossings(c, c).length === 0));
  });

  it('should keep deregistration final and let an abnormal enterprise resume', () => {
    expect(statusChangeAllowed('abnormal', 'operating')).toBe(true);
    expect(statusChangeAllowed('deregistered', 'operating')).toBe(false);
    expect(statusChangeAllowed('operating', 'entered-production')).toBe(false);
  });

  it('should accept GB/T 4754 codes at any level', () => {
    for (const code of ['C', 'C34', 'C341', 'C3411']) expect(isIndustryCode(code)).toBe(true);
    for (const code of ['c34', 'Z12', 'C3', 'C34111']) expect(isIndustryCode(code)).toBe(false);
  });
});
