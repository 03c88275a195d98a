import { hubSignature, readHubChange } from './hub-change';

const REGIONS = { '341621101': '/demo-county/chengguan' };
const GOOD = { changeId: 'c-1', changeType: 'new', changedAt: '2026-11-01T08:00:00+08:00', uscc: '91340621ma2n0x0x1f', name: ' 濉溪县新设公司 ', regionCode: '341621101', industryCode: 'C3411' };

describe('reading a data-hub change', () => {
  it('should map a new registration to a ledger row in the region’s township', () => {
    expect(readHubChange(GOOD, REGIONS)).toEqual({
      change: {
        changeId: 'c-1',
        changeType: 'new',
        changedAt: '2026-11-01T00:00:00.000Z',
        row: { uscc: '91340621MA2N0X0X1F', name: '濉溪县新设公司', kind: 'enterprise', orgPath: '/demo-county/chengguan', industryCode: 'C3411', address: undefined, legalRep: undefined },
        reason: undefined,
      },
    });
  });

  it('should turn abnormal and deregistered changes, also by their Chinese labels, into a status', () => {
    expect(readHubChange({ ...GOOD, changeType: '列入经营异常' }, REGIONS)).toMatchObject({ change: { changeType: 'abnormal', row: { status: 'abnormal' } } });
    expect(readHubChange({ ...GOOD, changeType: 'deregistered' }, REGIONS)).toMatchObject({ change: { row: { status: 'deregistered' } } });
  });

  it('should give every reason a malformed change cannot be used', () => {
    const result = readHubChange({ changeType: 'merged', changedAt: 'yesterday', uscc: '123', regionCode: '999' }, REGIONS);
    expect('reasons' in result && result.reasons.map((r) => r.split(' / ')[1])).toEqual([
      'changeId is missing',
      'unknown changeType',
      'changedAt is missing or not a date',
      'invalid credit code: must be 18 characters',
      'name is missing or not 2-100 characters',
      'region code maps to no park or township',
    ]);
  });
});

describe('signing a hub request', () => {
  it('should sign method, target, timestamp and nonce with HMAC-SHA256', () => {
    // Reference value computed independently: printf 'GET\n/a?b=1\n1700000000000\nn-1' | openssl dgst -sha256 -hmac secret
    expect(hubSignature('secret', 'get', '/a?b=1', '1700000000000', 'n-1')).toBe(HMAC_REFERENCE);
  });
});

const HMAC_REFERENCE = '137c3ebc276a7b2e698f484c1b6f8838012103452c0966a096124322542b0d5b';
