import { cellDate, parseRosterRow, rosterHeader } from './roster-row';

const TODAY = '2026-11-29';
const valid = { name: '王建国', citizenId: '11010519491231002x', phone: '138 1234 5678', education: '本科', position: '车间主任', stage: '正式党员', joinedOn: '2015.7.1', formalOn: new Date('2016-07-01T00:00:00Z') };

describe('roster workbook rows', () => {
  it('should find the template columns and the other names branches give them', () => {
    expect(rosterHeader(['序号', '姓名', '身份证号', '联系电话', '党员类别', '入党时间'])).toEqual({
      columns: { name: 1, citizenId: 2, phone: 3, stage: 4, joinedOn: 5 },
      missing: [],
    });
    expect(rosterHeader(['姓名', '手机号码']).missing).toEqual(['公民身份号码', '党员类别', '入党日期']);
  });

  it('should read dates written as dates or as text in the usual ways', () => {
    expect(cellDate('2019年7月1日')).toBe('2019-07-01');
    expect(cellDate('2019/7/1')).toBe('2019-07-01');
    expect(cellDate(new Date('2019-07-01T00:00:00Z'))).toBe('2019-07-01');
    expect(cellDate('2019-02-30')).toBeNull();
    expect(cellDate('七月一日')).toBeNull();
  });

  it('should read a formal member with the day of joining and of becoming formal', () => {
    expect(parseRosterRow(valid, TODAY)).toEqual({
      row: { name: '王建国', citizenId: '11010519491231002X', phone: '13812345678', education: 'bachelor', position: '车间主任', stage: 'formal', since: '2016-07-01', joinedOn: '2015-07-01' },
    });
    expect(parseRosterRow({ ...valid, stage: '预备党员', formalOn: '' }, TODAY)).toEqual({ row: expect.objectContaining({ stage: 'probationary', since: '2015-07-01' }) });
  });

  it('should refuse each wrong cell with its column, in Chinese', () => {
    const result = parseRosterRow({ ...valid, citizenId: '110105194912310021', education: '大学', stage: '党员', joinedOn: '2030-01-01' }, TODAY);
    expect('problems' in result && result.problems.map((p) => p.column)).toEqual(['公民身份号码', '学历', '党员类别', '入党日期']);
    expect('problems' in result && result.problems[0].reason).toContain('校验位不符');
    const early = parseRosterRow({ ...valid, formalOn: '2014-01-01' }, TODAY);
    expect('problems' in early && early.problems.map((p) => p.column)).toEqual(['转正日期']);
  });
});
