// Instructors (党建工作指导员): where they come from and the state of their service.

export const INSTRUCTOR_SOURCES = ['organ', 'township', 'full-time'] as const;
export type InstructorSource = (typeof INSTRUCTOR_SOURCES)[number];
export const INSTRUCTOR_SOURCE_LABELS: Record<InstructorSource, string> = {
  organ: '机关干部 / organ cadre',
  township: '乡镇干部 / township cadre',
  'full-time': '专职聘用 / full-time hire',
};

export const INSTRUCTOR_STATUSES = ['active', 'recalled', 'left'] as const;
export type InstructorStatus = (typeof INSTRUCTOR_STATUSES)[number];
export const INSTRUCTOR_STATUS_LABELS: Record<InstructorStatus, string> = {
  active: '在岗 / serving',
  recalled: '已召回 / recalled',
  left: '已离任 / left',
};

/** Why an assignment ends. */
export const ASSIGNMENT_END_REASONS = ['recall', 'replacement', 'org-formed', 'enterprise-closed', 'reassigned', 'other'] as const;
export type AssignmentEndReason = (typeof ASSIGNMENT_END_REASONS)[number];
export const ASSIGNMENT_END_REASON_LABELS: Record<AssignmentEndReason, string> = {
  recall: '指导员召回 / the instructor was recalled',
  replacement: '更换指导员 / replaced by another instructor',
  'org-formed': '企业已建党组织 / the enterprise formed its org',
  'enterprise-closed': '企业注销或停业 / the enterprise closed',
  reassigned: '调整联系企业 / reassigned',
  other: '其他 / other',
};

/** Whether a path lies at or under another (`/a/b` is under `/a`, `/ab` is not). */
export function isAtOrUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/**
 * Why an instructor may not take an enterprise, or null: the enterprise must lie in the instructor's
 * jurisdiction, be operating, and have no instructor already.
 */
export function assignmentProblem(
  instructor: { orgPath: string; status: InstructorStatus },
  enterprise: { orgPath: string; status: string },
  current: { instructorId: string } | null,
): string | null {
  if (instructor.status !== 'active') return '该指导员已召回或离任，不能联系企业 / the instructor is no longer serving';
  if (!isAtOrUnder(enterprise.orgPath, instructor.orgPath)) {
    return `企业（${enterprise.orgPath}）不在该指导员的工作范围（${instructor.orgPath}）内 / the enterprise is outside the instructor's jurisdiction`;
  }
  if (enterprise.status === 'deregistered') return '企业已注销 / the enterprise is deregistered';
  if (current) return '该企业已有指导员，请先调整或更换 / the enterprise already has an instructor; replace them instead';
  return null;
}
