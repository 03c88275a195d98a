import { FieldCipher, FieldCipherError } from './field-cipher';

const k1 = FieldCipher.generateKey();
const k2 = FieldCipher.generateKey();
const blind = FieldCipher.generateKey();
const ID = '11010519491231002X';

describe(FieldCipher.name, () => {
  const cipher = FieldCipher.fromSettings(`k1:${k1}`, 'k1', blind);

  it('should decrypt what it encrypted', () => {
    expect(cipher.decrypt(cipher.encrypt(ID))).toBe(ID);
  });

  it('should not contain the plain value and should differ on every encryption', () => {
    const a = cipher.encrypt(ID);
    const b = cipher.encrypt(ID);
    expect(a).not.toContain(ID);
    expect(a).not.toBe(b);
    expect(cipher.keyIdOf(a)).toBe('k1');
  });

  it('should detect a tampered ciphertext', () => {
    const parts = cipher.encrypt(ID).split('.');
    const ct = Buffer.from(parts[4], 'base64url');
    ct[0] ^= 1;
    parts[4] = ct.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow('encrypted value failed its integrity check');
  });

  it('should refuse a value whose key id was changed', () => {
    const both = FieldCipher.fromSettings(`k1:${k1},k2:${k2}`, 'k1', blind);
    const parts = both.encrypt(ID).split('.');
    parts[1] = 'k2';
    expect(() => both.decrypt(parts.join('.'))).toThrow(FieldCipherError);
  });

  it('should read values of an old key after rotation and write new ones with the active key', () => {
    const old = cipher.encrypt(ID);
    const rotated = FieldCipher.fromSettings(`k1:${k1},k2:${k2}`, 'k2', blind);
    expect(rotated.decrypt(old)).toBe(ID);
    expect(rotated.needsRotation(old)).toBe(true);
    const fresh = rotated.rotate(old);
    expect(rotated.keyIdOf(fresh)).toBe('k2');
    expect(rotated.decrypt(fresh)).toBe(ID);
    expect(rotated.rotate(fresh)).toBe(fresh);
  });

  it('should say which key is missing when an old key was removed too early', () => {
    const old = cipher.encrypt(ID);
    const onlyNew = FieldCipher.fromSettings(`k2:${k2}`, 'k2', blind);
    expect(() => onlyNew.decrypt(old)).toThrow('key "k1" needed to read this value is not configured');
  });

  it('should give the same blind index for the same normalized value, under any encryption key', () => {
    const rotated = FieldCipher.fromSettings(`k2:${k2}`, 'k2', blind);
    expect(cipher.blindIndex(' 11010519491231002x')).toBe(rotated.blindIndex(ID));
    expect(cipher.blindIndex(ID)).not.toBe(cipher.blindIndex('110105194912310035'));
    expect(cipher.matches('11010519491231002x', cipher.seal(ID))).toBe(true);
  });

  it('should give another blind index under another blind-index key', () => {
    const other = FieldCipher.fromSettings(`k1:${k1}`, 'k1', FieldCipher.generateKey());
    expect(other.blindIndex(ID)).not.toBe(cipher.blindIndex(ID));
  });

  it('should refuse keys of the wrong length and an unknown active key', () => {
    expect(() => FieldCipher.fromSettings(`k1:${Buffer.alloc(16).toString('base64')}`, 'k1', blind)).toThrow(/32 bytes/);
    expect(() => FieldCipher.fromSettings(`k1:${k1}`, 'k9', blind)).toThrow(/active key "k9"/);
    expect(() => FieldCipher.fromSettings('nonsense', 'k1', blind)).toThrow(/id:base64key/);
  });
});
