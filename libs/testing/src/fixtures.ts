import { randomInt } from 'node:crypto';
import { usccCheckCharacter } from '@dangjian/domain-identifiers';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A random valid unified social credit code; `prefix` fixes the leading characters (e.g. "91" enterprise). */
export function randomUscc(prefix = '91'): string {
  let body = prefix;
  while (body.length < 17) body += ALPHABET[randomInt(ALPHABET.length)];
  return body + usccCheckCharacter(body);
}
