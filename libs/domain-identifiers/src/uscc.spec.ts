import fc from 'fast-check';
import { isValidUscc, normalizeUscc, proposeKindFromUscc, usccCheckCharacter, usccProblem } from './uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const body17 = fc.array(fc.constantFrom(...ALPHABET.split('')), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));

describe('unified social credit code', () => {
  it('should accept real published codes', () => {
    // Published codes of well-known organizations.
    for (const code of ['91350100M000100Y43', '91110000802100433B', '91440300708461136T']) {
      expect(usccProblem(code)).toBeNull();
    }
  });

  it('should accept any 17 characters followed by their check character', () => {
    fc.assert(fc.property(body17, (body) => isValidUscc(body + usccCheckCharacter(body))));
  });

  it('should reject every other last character', () => {
    fc.assert(
      fc.property(body17, fc.constantFrom(...ALPHABET.split('')), (body, last) => {
        fc.pre(last !== usccCheckCharacter(body));
        return usccProblem(body + last) === 'check';
      }),
    );
  });

  it('should say what is wrong: length, character or check', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100YI3')).toBe('character'); // I is not used
    expect(usccProblem('91350100M000100Y44')).toBe('check');
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
