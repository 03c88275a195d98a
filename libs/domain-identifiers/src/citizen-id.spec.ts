import fc from 'fast-check';
import { ageOn, birthDateOf, citizenIdCheckCharacter, citizenIdProblem, genderOf, isValidCitizenId, maskCitizenId, maskPhone } from './citizen-id';

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

  it('should mask all but the province and city and the last four', () => {
    expect(maskCitizenId('11010519491231002x')).toBe('1101**********002X');
    expect(maskCitizenId('123')).toBe('***');
  });

  it('should mask a phone number but its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0556-5123456')).toBe('055****3456');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('should read the gender from the sequence code (odd for men)', () => {
    expect(genderOf('11010519491231002X')).toBe('female');
    const male = '34012220000101001';
    expect(genderOf(male + citizenIdCheckCharacter(male))).toBe('male');
  });

  it('should count whole years of age, the birthday included, and a 29 February birthday on 1 March in other years', () => {
    const id = (birth: string) => {
      const first17 = `340122${birth.replace(/-/g, '')}002`;
      return first17 + citizenIdCheckCharacter(first17);
    };
    expect(ageOn(id('2008-11-29'), '2026-11-28')).toBe(17);
    expect(ageOn(id('2008-11-29'), '2026-11-29')).toBe(18);
    expect(ageOn(id('2008-02-29'), '2026-02-28')).toBe(17);
    expect(ageOn(id('2008-02-29'), '2026-03-01')).toBe(18);
    expect(ageOn(id('2008-02-29'), '2028-02-29')).toBe(20);
  });
});
