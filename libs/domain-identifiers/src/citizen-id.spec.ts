import fc from 'fast-check';
import { birthDateOf, citizenIdCheckCharacter, citizenIdProblem, isValidCitizenId, maskCitizenId } from './citizen-id';

describe('citizen ID number', () => {
  it('should accept the standard example numbers', () => {
    expect(citizenIdProblem('11010519491231002X')).toBeNull();
    expect(citizenIdProblem('440524188001010014')).toBeNull();
  });

  it('should accept 17 digits with a valid birth date and their check character', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const date = fc.date({ min: new Date('1920-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
    fc.assert(
      fc.property(digits(6), date, digits(3), (region, birth, seq) => {
        const body = region + birth + seq;
        return isValidCitizenId(body + citizenIdCheckCharacter(body));
      }),
    );
  });

  it('should say what is wrong', () => {
    expect(citizenIdProblem('11010519491231002')).toBe('length');
    expect(citizenIdProblem('1101051949123100AX')).toBe('character');
    expect(citizenIdProblem('110105194902300020')).toBe('birth-date');
    expect(citizenIdProblem('110105194912310021')).toBe('check');
  });

  it('should accept a lower-case x', () => {
    expect(isValidCitizenId('11010519491231002x')).toBe(true);
  });

  it('should read the birth date', () => {
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
  });

  it('should mask all but the region and the last four', () => {
    expect(maskCitizenId('11010519491231002x')).toBe('110105********002X');
    expect(maskCitizenId('123')).toBe('***');
  });
});
