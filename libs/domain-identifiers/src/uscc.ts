// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters, the last a check
// character over the first 17 with weights 3^(i-1) mod 31. (Not a mod-11 check, whatever many pages say.)

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'character' | 'check';

export type EnterpriseKind = 'enterprise' | 'social-org' | 'individual';

export function normalizeUscc(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error(`not a credit-code character: ${first17[i]}`);
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a code is invalid, or null when it is valid. */
export function usccProblem(code: string): UsccProblem | null {
  const c = normalizeUscc(code);
  if (c.length !== 18) return 'length';
  for (const ch of c) if (!ALPHABET.includes(ch)) return 'character';
  return usccCheckCharacter(c.slice(0, 17)) === c[17] ? null : 'check';
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/**
 * The kind the code suggests from its registering authority (char 1) and entity type (char 2):
 * 9x market regulation (1 enterprise, 2 individual business, 3 cooperative), 5x civil affairs
 * (social organizations). Null when the code does not say.
 */
export function proposeKindFromUscc(code: string): EnterpriseKind | null {
  const c = normalizeUscc(code);
  if (c[0] === '9') {
    if (c[1] === '1' || c[1] === '3') return 'enterprise';
    if (c[1] === '2') return 'individual';
  }
  if (c[0] === '5' && ['1', '2', '3'].includes(c[1])) return 'social-org';
  return null;
}
