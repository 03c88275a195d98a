import { committeeProblems, isChecklistItem } from './party-org';

describe('party organization records', () => {
  it('should know the starter kit’s and the 六有 items and nothing else', () => {
    expect(isChecklistItem('starter-kit', 'seal')).toBe(true);
    expect(isChecklistItem('activity-room', 'books')).toBe(true);
    expect(isChecklistItem('activity-room', 'seal')).toBe(false);
    expect(isChecklistItem('starter-kit', 'constructor')).toBe(false);
  });

  it('should want exactly one secretary, one of each office, and no one twice', () => {
    expect(committeeProblems([{ name: '张三', role: 'secretary' }, { name: '李四', role: 'organization' }, { name: '王五', role: 'member' }, { name: '赵六', role: 'member' }])).toEqual([]);
    expect(committeeProblems([{ name: '张三', role: 'member' }])).toEqual(['应有且只有一名书记 / exactly one secretary']);
    expect(committeeProblems([{ name: '张三', role: 'secretary' }, { name: '李四', role: 'discipline' }, { name: '王五', role: 'discipline' }, { name: '张三', role: 'member' }])).toEqual([
      '纪检委员只能一名 / one discipline at most',
      '同一人不能重复列入 / a person is listed twice',
    ]);
  });
});
