import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  EventEnvelope,
  InstructorAssignmentEndedV1,
  InstructorAssignmentStartedV1,
  OrgEnterpriseAttachedV1,
  OrgEnterpriseDetachedV1,
  PolicyChangedV1,
  eventStreamName,
  eventSubject,
  eventSubjectPrefix,
} from '@dangjian/contracts';
import { MessagingLifecycle, parsePayload } from '@dangjian/messaging';
import { EnterpriseChanges } from '../enterprises/enterprise-changes';
import { EnterpriseFactsRepository } from '../enterprises/enterprise-facts.repository';
import { CoverageApplier } from './coverage-applier';
import { CoverageRefresher } from './coverage-refresher';
import { InstructorAssignmentsRepository } from './instructor-assignments';

const REFRESH_BATCH = 500;

/**
 * What moves an enterprise's coverage: registry's facts and census decisions (through
 * EnterpriseChanges), this service's own attachments, the instructor service's assignments, and a
 * changed employee line in a jurisdiction's policy. Each refreshes the entries it touches.
 */
@Injectable()
export class CoverageConsumers implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly changes: EnterpriseChanges,
    private readonly refresher: CoverageRefresher,
    private readonly applier: CoverageApplier,
    private readonly assignments: InstructorAssignmentsRepository,
    private readonly enterprises: EnterpriseFactsRepository,
  ) {}

  onModuleInit(): void {
    this.changes.listen((enterpriseId) => this.refresh(enterpriseId));
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'organization-coverage-attachments',
      filterSubject: `${eventSubjectPrefix('organization')}.org.>`,
      handler: (event) => this.attachment(event),
    });
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'organization-coverage-policies',
      filterSubject: eventSubject(PolicyChangedV1.type),
      handler: (event) => this.policy(event),
    });
    this.messaging.addConsumer({
      stream: eventStreamName('instructor'),
      durable: 'organization-instructor-assignments',
      filterSubject: `${eventSubjectPrefix('instructor')}.assignment.>`,
      handler: (event) => this.assignment(event),
    });
  }

  private async refresh(enterpriseId: string): Promise<void> {
    if (await this.refresher.refresh(enterpriseId)) this.applier.poke();
  }

  private async attachment(event: EventEnvelope): Promise<void> {
    if (event.type !== OrgEnterpriseAttachedV1.type && event.type !== OrgEnterpriseDetachedV1.type) return; // formed, revoked: no enterprise changes
    const { enterpriseId } = parsePayload(event, event.type === OrgEnterpriseAttachedV1.type ? OrgEnterpriseAttachedV1 : OrgEnterpriseDetachedV1);
    await this.refresh(enterpriseId);
  }

  private async assignment(event: EventEnvelope): Promise<void> {
    if (event.type === InstructorAssignmentStartedV1.type) {
      const data = parsePayload(event, InstructorAssignmentStartedV1);
      await this.assignments.started({ _id: data.assignmentId, instructorId: data.instructorId, enterpriseId: data.enterpriseId, orgPath: data.orgPath }, data.from);
      await this.refresh(data.enterpriseId);
    } else if (event.type === InstructorAssignmentEndedV1.type) {
      const data = parsePayload(event, InstructorAssignmentEndedV1);
      await this.assignments.ended({ _id: data.assignmentId, instructorId: data.instructorId, enterpriseId: data.enterpriseId, orgPath: data.orgPath }, data.until, data.reason);
      await this.refresh(data.enterpriseId);
    }
  }

  /** A new employee line changes which enterprises of the jurisdiction count as large. */
  private async policy(event: EventEnvelope): Promise<void> {
    const data = parsePayload(event, PolicyChangedV1);
    if (!('employeeRuleThreshold' in data.settings)) return;
    for (let after = ''; ; ) {
      const ids = await this.enterprises.idsUnder(data.orgPath, after, REFRESH_BATCH);
      if (ids.length === 0) return;
      for (const id of ids) await this.refresh(id);
      after = ids[ids.length - 1];
    }
  }
}
