import { randomInt } from 'node:crypto';
import { citizenIdCheckCharacter, organizationCodeCheckCharacter, usccCheckCharacter } from '@dangjian/domain-identifiers';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DIVISIONS = ['341621', '341622', '340100', '360700', '110000'];

/**
 * A random valid unified social credit code (GB 32100): `prefix` is the registration authority and
 * category ("91" enterprise, "92" individual business, "51"/"52" social organizations).
 */
export function randomUscc(prefix = '91'): string {
  let orgCode = '';
  do {
    orgCode = '';
    while (orgCode.length < 8) orgCode += ALPHABET[randomInt(ALPHABET.length)];
  } while (new Set(orgCode).size === 1);
  const body = prefix + DIVISIONS[randomInt(DIVISIONS.length)] + orgCode + organizationCodeCheckCharacter(orgCode);
  return body + usccCheckCharacter(body);
}

/** A random valid citizen ID number (GB 11643) of someone born between 1950 and 2005 in the seeds' divisions. */
export function randomCitizenId(): string {
  const birth = new Date(Date.UTC(1950 + randomInt(56), randomInt(12), 1 + randomInt(28)));
  const body = DIVISIONS[randomInt(DIVISIONS.length)] + birth.toISOString().slice(0, 10).replace(/-/g, '') + String(randomInt(1000)).padStart(3, '0');
  return body + citizenIdCheckCharacter(body);
}
