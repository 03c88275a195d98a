// Citizen ID number (公民身份号码), GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type CitizenIdProblem = 'length' | 'character' | 'birth-date' | 'check';

export function normalizeCitizenId(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase();
}

export function citizenIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function validBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1800 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function citizenIdProblem(id: string): CitizenIdProblem | null {
  const c = normalizeCitizenId(id);
  if (c.length !== 18) return 'length';
  if (!/^[0-9]{17}[0-9X]$/.test(c)) return 'character';
  if (!validBirthDate(c.slice(6, 14))) return 'birth-date';
  return citizenIdCheckCharacter(c.slice(0, 17)) === c[17] ? null : 'check';
}

export function isValidCitizenId(id: string): boolean {
  return citizenIdProblem(id) === null;
}

/** Birth date from characters 7–14, as YYYY-MM-DD. */
export function birthDateOf(id: string): string {
  const c = normalizeCitizenId(id);
  return `${c.slice(6, 10)}-${c.slice(10, 12)}-${c.slice(12, 14)}`;
}

/** What responses show: the province and city (4 characters) and the last 4 kept, the rest hidden ("3408**********123X"). */
export function maskCitizenId(id: string): string {
  const c = normalizeCitizenId(id);
  if (c.length < 10) return '*'.repeat(c.length);
  return `${c.slice(0, 4)}${'*'.repeat(c.length - 8)}${c.slice(-4)}`;
}

/** A phone number as responses show it: the first 3 and last 4 digits ("138****5678"); short numbers wholly hidden. */
export function maskPhone(phone: string): string {
  const p = phone.replace(/[\s-]+/g, '');
  if (p.length < 8) return '*'.repeat(p.length);
  return `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}`;
}

/** Gender from the 17th character, the sequence code: odd for men, even for women. */
export function genderOf(id: string): 'male' | 'female' {
  return Number(normalizeCitizenId(id)[16]) % 2 === 1 ? 'male' : 'female';
}

/** Whole years of age on `date` (`YYYY-MM-DD`): the birthday itself counts, 29 February counting on 1 March in other years. */
export function ageOn(id: string, date: string): number {
  const birth = birthDateOf(id);
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  const birthday = birth.slice(5) === '02-29' && !isLeapYear(Number(date.slice(0, 4))) ? '03-01' : birth.slice(5);
  return date.slice(5) >= birthday ? years : years - 1;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
