import { assignmentProblem, isAtOrUnder } from './instructor';

describe('assignmentProblem', () => {
  const instructor = { orgPath: '/county/edz', status: 'active' as const };

  it('lets an instructor take an operating enterprise of their jurisdiction that has no instructor', () => {
    expect(assignmentProblem(instructor, { orgPath: '/county/edz', status: 'operating' }, null)).toBeNull();
  });

  it('refuses an enterprise outside the jurisdiction, even one whose path only begins the same', () => {
    expect(assignmentProblem(instructor, { orgPath: '/county/edz2', status: 'operating' }, null)).toContain('不在该指导员的工作范围');
    expect(assignmentProblem(instructor, { orgPath: '/county/htp', status: 'operating' }, null)).toContain('outside');
  });

  it('refuses a recalled instructor, a deregistered enterprise and an enterprise that has an instructor', () => {
    expect(assignmentProblem({ ...instructor, status: 'recalled' }, { orgPath: '/county/edz', status: 'operating' }, null)).toContain('召回');
    expect(assignmentProblem(instructor, { orgPath: '/county/edz', status: 'deregistered' }, null)).toContain('注销');
    expect(assignmentProblem(instructor, { orgPath: '/county/edz', status: 'operating' }, { instructorId: 'x' })).toContain('已有指导员');
  });

  it('treats a path as under itself and its ancestors only', () => {
    expect(isAtOrUnder('/a/b', '/a')).toBe(true);
    expect(isAtOrUnder('/a', '/a')).toBe(true);
    expect(isAtOrUnder('/ab', '/a')).toBe(false);
  });
});
