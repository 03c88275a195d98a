import { LEDGER_HEADERS, missingHeaders, parseLedgerRow } from './ledger-columns';

const VALID = { 统一社会信用代码: '91340621MA2N0X0X1F', 名称: '濉溪县浩丰实业有限公司', 所属辖区: '/demo-county/econ-dev-zone' };

describe('reading a ledger row', () => {
  it('should read labels, yes/no and counts into ledger fields', () => {
    const result = parseLedgerRow({
      ...VALID,
      统一社会信用代码: ' 91340621ma2n0x0x1f ',
      类型: '社会组织',
      经营状态: '经营异常',
      职工人数: '120',
      党员人数: '4',
      预备党员人数: '1',
      党组织建立情况: '联合组建',
      工会: '是',
      妇联: '否',
    });
    expect(result).toEqual({
      row: {
        uscc: '91340621MA2N0X0X1F',
        name: '濉溪县浩丰实业有限公司',
        orgPath: '/demo-county/econ-dev-zone',
        kind: 'social-org',
        status: 'abnormal',
        employees: 120,
        partyMembers: 4,
        probationaryMembers: 1,
        partyOrgStatus: 'joint',
        union: true,
        womensFederation: false,
      },
    });
  });

  it('should propose the kind from the credit code when the cell is empty', () => {
    expect(parseLedgerRow({ ...VALID, 统一社会信用代码: '92340621MA2N0X0X1C' })).toMatchObject({ row: { kind: 'individual' } });
  });

  it('should list every problem of a row, by column, in Chinese', () => {
    const result = parseLedgerRow({ 统一社会信用代码: '91340621MA2N0X0X1X', 名称: '', 所属辖区: 'econ', 职工人数: '-3', 工会: '有' });
    expect(result).toEqual({
      problems: [
        { column: '统一社会信用代码', reason: expect.stringContaining('校验码不正确') },
        { column: '名称', reason: expect.stringContaining('必填') },
        { column: '所属辖区', reason: expect.stringContaining('格式不正确') },
        { column: '职工人数', reason: expect.stringContaining('不小于 0 的整数') },
        { column: '工会', reason: expect.stringContaining('“是”或“否”') },
      ],
    });
  });

  it('should refuse more probationary members than members', () => {
    expect(parseLedgerRow({ ...VALID, 党员人数: '2', 预备党员人数: '3' })).toEqual({
      problems: [{ column: '预备党员人数', reason: expect.stringContaining('不能超过党员人数') }],
    });
  });

  it('should strip the apostrophe an export put before a formula-like text', () => {
    expect(parseLedgerRow({ ...VALID, 地址: "'=开发区1号" })).toMatchObject({ row: { address: '=开发区1号' } });
  });

  it('should name the template columns a header row lacks', () => {
    expect(missingHeaders(LEDGER_HEADERS)).toEqual([]);
    expect(missingHeaders([...LEDGER_HEADERS.filter((h) => h !== '党员人数'), '备注'])).toEqual(['党员人数']);
  });
});
