import { meetingRecordProblems } from './meeting-record';

const roster = [
  { id: 'a', status: 'formal' },
  { id: 'b', status: 'formal' },
  { id: 'c', status: 'formal' },
  { id: 'd', status: 'formal' },
  { id: 'e', status: 'probationary' },
] as const;
const TODAY = '2026-11-29';

describe('meeting records', () => {
  it('accepts a committee meeting with attendance of members and reasons for absences', () => {
    expect(meetingRecordProblems({ kind: 'committee-meeting', heldOn: '2026-11-20', topic: '学习贯彻全会精神', attendance: [{ memberId: 'a', present: true }, { memberId: 'b', present: false, reason: '出差' }] }, roster, TODAY)).toEqual([]);
  });

  it('refuses a future date, a missing topic, a non-member, a name listed twice and an absence without reason', () => {
    const problems = meetingRecordProblems(
      { kind: 'theme-day', heldOn: '2026-12-01', topic: ' ', attendance: [{ memberId: 'x', present: true }, { memberId: 'a', present: false }, { memberId: 'a', present: true }] },
      roster,
      TODAY,
    );
    expect(problems.map((p) => p.field)).toEqual(['heldOn', 'topic', 'attendance.0.memberId', 'attendance.1.reason', 'attendance.2.memberId']);
  });

  it('needs more than half of the formal members present at a general meeting (probationary members do not vote)', () => {
    const present = (ids: string[]) => roster.map((m) => ({ memberId: m.id, present: ids.includes(m.id), reason: ids.includes(m.id) ? undefined : '病假' }));
    expect(meetingRecordProblems({ kind: 'general-meeting', heldOn: '2026-11-20', topic: '党员大会', attendance: present(['a', 'b', 'e']) }, roster, TODAY).map((p) => p.field)).toEqual(['attendance']);
    expect(meetingRecordProblems({ kind: 'general-meeting', heldOn: '2026-11-20', topic: '党员大会', attendance: present(['a', 'b', 'c']) }, roster, TODAY)).toEqual([]);
  });
});
