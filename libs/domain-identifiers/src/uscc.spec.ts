import fc from 'fast-check';
import {
  USCC_AUTHORITY_CATEGORIES,
  isValidUscc,
  normalizeUscc,
  organizationCodeCheckCharacter,
  proposeKindFromUscc,
  usccCheckCharacter,
  usccProblem,
  usccProblemText,
} from './uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82'];

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const authorityAndCategory = fc.constantFrom(...Object.entries(USCC_AUTHORITY_CATEGORIES).flatMap(([a, cs]) => cs.split('').map((c) => a + c)));
const division = fc.oneof(
  fc.constant('100000'),
  fc.tuple(fc.constantFrom(...PROVINCES), digits(2), digits(2)).map(([p, city, county]) => (city === '00' ? `${p}0000` : p + city + county)),
);
const orgCode = fc
  .array(fc.constantFrom(...ALPHABET.split('')), { minLength: 8, maxLength: 8 })
  .map((a) => a.join(''))
  .filter((s) => new Set(s).size > 1)
  .map((s) => s + organizationCodeCheckCharacter(s));
const validUscc = fc.tuple(authorityAndCategory, division, orgCode).map(([ac, d, o]) => {
  const body = ac + d + o;
  return body + usccCheckCharacter(body);
});

describe('unified social credit code', () => {
  it('should accept real published codes', () => {
    // Published codes of well-known organizations.
    for (const code of ['91350100M000100Y43', '91110000802100433B', '91440300708461136T']) {
      expect(usccProblem(code)).toBeNull();
    }
  });

  it('should accept every code built by the standard', () => {
    fc.assert(fc.property(validUscc, (code) => usccProblem(code) === null));
  });

  it('should refuse every single-character change of a valid code', () => {
    const anyChar = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 17 }), anyChar, (code, at, ch) => {
        fc.pre(code[at] !== ch);
        return !isValidUscc(code.slice(0, at) + ch + code.slice(at + 1));
      }),
    );
  });

  it('should refuse placeholders', () => {
    expect(usccProblem('000000000000000000')).toBe('placeholder');
    expect(usccProblem('999999999999999999')).toBe('placeholder');
    const body = '91340621' + '11111111' + organizationCodeCheckCharacter('11111111');
    expect(usccProblem(body + usccCheckCharacter(body))).toBe('placeholder');
  });

  it('should refuse a registration authority that does not exist', () => {
    expect(usccProblem('00340621123456789B')).toBe('authority');
    const body = 'B1340621M000100Y4';
    expect(usccProblem(body + usccCheckCharacter(body))).toBe('authority');
  });

  it('should refuse a category its authority does not issue', () => {
    const body = '94350100M000100Y4'; // market regulation issues 1, 2 and 3 only
    expect(usccProblem(body + usccCheckCharacter(body))).toBe('category');
  });

  it('should refuse an administrative division that cannot exist', () => {
    for (const d of ['000000', '990000', '340021', '101010', '3406A1']) {
      const body = `91${d}M000100Y4`;
      expect([d, usccProblem(body + usccCheckCharacter(body))]).toEqual([d, 'division']);
    }
  });

  it('should refuse an embedded organization code whose GB 11714 check digit is wrong', () => {
    expect(usccProblem('91340621AB12CD3408')).toBe('organization-code');
  });

  it('should compute the GB 11714 check digit, with X for 10 and 0 for 11', () => {
    expect(organizationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(organizationCodeCheckCharacter('80210043')).toBe('3');
    expect(organizationCodeCheckCharacter('00000000')).toBe('0');
    expect(organizationCodeCheckCharacter('00000006')).toBe('X'); // 6 × 2 = 12, 12 mod 11 = 1, 11 − 1 = 10
  });

  it('should say what is wrong: length, character or check', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100YI3')).toBe('character'); // I is not used
    expect(usccProblem('91350100M000100Y44')).toBe('check');
  });

  it('should explain every problem in Chinese and English', () => {
    expect(usccProblemText('character')).toBe('含有不允许的字符（不使用 I、O、S、V、Z） / contains a character not used in credit codes (I, O, S, V, Z)');
  });

  it('should ignore spaces and case', () => {
    expect(normalizeUscc(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(isValidUscc('91350100m000100y43')).toBe(true);
  });

  it('should propose the kind from the registering authority and entity type', () => {
    expect(proposeKindFromUscc('91350100M000100Y43')).toBe('enterprise');
    expect(proposeKindFromUscc('92350100M000100Y43')).toBe('individual');
    expect(proposeKindFromUscc('93350100M000100Y43')).toBe('enterprise');
    expect(proposeKindFromUscc('52350100M000100Y43')).toBe('social-org');
    expect(proposeKindFromUscc('11350100M000100Y43')).toBeNull();
  });
});
