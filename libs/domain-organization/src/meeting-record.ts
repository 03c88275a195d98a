// A meeting record (三会一课, 主题党日 …) before it is stored: dated no later than today, attendance naming only
// the org's members, each absence with its reason, and a general meeting with its quorum — more than half of the
// members entitled to vote (formal members) present. Pure rules.
import type { MeetingKind } from './organizational-life';

export interface Attendance {
  memberId: string;
  present: boolean;
  /** Required for an absence (请假、出差、病假 …). */
  reason?: string;
}

export interface MeetingDraft {
  kind: MeetingKind;
  /** `YYYY-MM-DD` */
  heldOn: string;
  topic: string;
  attendance: Attendance[];
}

export interface RosterEntry {
  id: string;
  status: 'formal' | 'probationary';
}

export interface MeetingProblem {
  field: string;
  message: string;
}

/** What is wrong with a meeting record, each with its field; empty when it may be stored. */
export function meetingRecordProblems(draft: MeetingDraft, roster: readonly RosterEntry[], today: string): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (draft.heldOn > today) problems.push({ field: 'heldOn', message: '会议日期不能晚于今天 / a meeting cannot be dated in the future' });
  if (!draft.topic.trim()) problems.push({ field: 'topic', message: '请填写会议主题 / the topic is required' });
  const members = new Map(roster.map((m) => [m.id, m]));
  const seen = new Set<string>();
  draft.attendance.forEach((a, i) => {
    if (!members.has(a.memberId)) problems.push({ field: `attendance.${i}.memberId`, message: '不是本组织党员 / not a member of this organization' });
    if (seen.has(a.memberId)) problems.push({ field: `attendance.${i}.memberId`, message: '重复登记 / listed twice' });
    seen.add(a.memberId);
    if (!a.present && !a.reason?.trim()) problems.push({ field: `attendance.${i}.reason`, message: '缺席须注明原因 / an absence needs its reason' });
  });
  if (draft.kind === 'general-meeting') {
    const voting = roster.filter((m) => m.status === 'formal');
    const present = voting.filter((m) => draft.attendance.some((a) => a.memberId === m.id && a.present)).length;
    if (voting.length > 0 && present * 2 <= voting.length) {
      problems.push({ field: 'attendance', message: `到会有表决权的党员 ${present} 名，未超过半数（共 ${voting.length} 名）/ ${present} of ${voting.length} voting members present: no quorum` });
    }
  }
  return problems;
}
