import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Field-level encryption for sensitive values (citizen ID numbers, phone numbers): AES-256-GCM with a
 * random 96-bit IV per value. The key id is stored beside the ciphertext so keys can rotate: old
 * values stay readable with their key while new writes use the active key. A keyed HMAC-SHA256
 * "blind index" of the normalized value allows exact-match lookup without decrypting.
 */
export interface FieldCipherKeys {
  /** key id → 32-byte key */
  keys: Record<string, Buffer>;
  activeKeyId: string;
  /** Key for the blind index; never rotates with the encryption keys (a rotation would orphan lookups). */
  blindIndexKey: Buffer;
}

/** What is stored for an encrypted field: ciphertext (`c`) and blind index (`h`). */
export interface SealedValue {
  c: string;
  h: string;
}

const FORMAT = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class FieldCipherError extends Error {}

export class FieldCipher {
  constructor(private readonly config: FieldCipherKeys) {
    if (!config.keys[config.activeKeyId]) throw new FieldCipherError(`active key "${config.activeKeyId}" is not among the keys`);
    for (const [id, key] of Object.entries(config.keys)) {
      if (!KEY_ID.test(id)) throw new FieldCipherError(`key id "${id}" must be 1-32 letters, digits, _ or -`);
      if (key.length !== 32) throw new FieldCipherError(`key "${id}" must be 32 bytes (base64 of 32 random bytes)`);
    }
    if (config.blindIndexKey.length < 32) throw new FieldCipherError('blind index key must be at least 32 bytes');
  }

  /**
   * Reads keys from settings: FIELD_ENCRYPTION_KEYS="k1:<base64>,k2:<base64>",
   * FIELD_ENCRYPTION_ACTIVE_KEY=k2, BLIND_INDEX_KEY=<base64>.
   */
  static fromSettings(keys: string, activeKeyId: string, blindIndexKey: string): FieldCipher {
    const parsed: Record<string, Buffer> = {};
    for (const part of keys.split(',').map((p) => p.trim()).filter(Boolean)) {
      const at = part.indexOf(':');
      if (at <= 0) throw new FieldCipherError('FIELD_ENCRYPTION_KEYS must look like id:base64key[,id:base64key]');
      parsed[part.slice(0, at)] = Buffer.from(part.slice(at + 1), 'base64');
    }
    return new FieldCipher({ keys: parsed, activeKeyId, blindIndexKey: Buffer.from(blindIndexKey, 'base64') });
  }

  static generateKey(): string {
    return randomBytes(32).toString('base64');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.config.keys[this.config.activeKeyId], iv);
    cipher.setAAD(Buffer.from(`${FORMAT}.${this.config.activeKeyId}`));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [FORMAT, this.config.activeKeyId, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(stored: string): string {
    const parts = stored.split('.');
    if (parts.length !== 5 || parts[0] !== FORMAT) throw new FieldCipherError('not an encrypted value of a known format');
    const [, keyId, iv, tag, ct] = parts;
    const key = this.config.keys[keyId];
    if (!key) throw new FieldCipherError(`key "${keyId}" needed to read this value is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${FORMAT}.${keyId}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError('encrypted value failed its integrity check');
    }
  }

  keyIdOf(stored: string): string {
    return stored.split('.')[1];
  }

  /** True when the value was written under a key other than the active one. */
  needsRotation(stored: string): boolean {
    return this.keyIdOf(stored) !== this.config.activeKeyId;
  }

  /** Re-encrypts under the active key; returns the same string when already current. */
  rotate(stored: string): string {
    return this.needsRotation(stored) ? this.encrypt(this.decrypt(stored)) : stored;
  }

  /** Keyed hash of the normalized value for exact-match lookup. */
  blindIndex(plain: string, normalize: (v: string) => string = defaultNormalize): string {
    return createHmac('sha256', this.config.blindIndexKey).update(normalize(plain), 'utf8').digest('base64url');
  }

  seal(plain: string, normalize: (v: string) => string = defaultNormalize): SealedValue {
    return { c: this.encrypt(plain), h: this.blindIndex(plain, normalize) };
  }

  open(sealed: SealedValue): string {
    return this.decrypt(sealed.c);
  }

  /** Constant-time check that a plain value matches a sealed one. */
  matches(plain: string, sealed: SealedValue, normalize: (v: string) => string = defaultNormalize): boolean {
    const a = Buffer.from(this.blindIndex(plain, normalize));
    const b = Buffer.from(sealed.h);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

/** Trim, drop inner spaces, upper-case: "11010519491231002x " and "11010519491231002X" index alike. */
export function defaultNormalize(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
