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
import { EnterpriseChanges } from './enterprise-changes';
import { EnterpriseFactsRepository } from './enterprise-facts.repository';
import { InstructorAssignmentsRepository } from './instructor-assignments';

const REFRESH_BATCH = 500;

/**
 * Besides registry's facts and census decisions (RegistryEnterprisesConsumer), what else changes
 * what organization derives from an enterprise: this service's own attachments, the instructor
 * service's assignments, and a jurisdiction's policy (its employee line and formation rules). Each
 * tells EnterpriseChanges about the enterprises it touches; coverage and the formation advisor listen.
 */
@Injectable()
export class EnterpriseTriggers implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingLifecycle,
    private readonly changes: EnterpriseChanges,
    private readonly assignments: InstructorAssignmentsRepository,
    private readonly enterprises: EnterpriseFactsRepository,
  ) {}

  onModuleInit(): void {
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'organization-attachment-triggers',
      filterSubject: `${eventSubjectPrefix('organization')}.org.>`,
      handler: (event) => this.attachment(event),
    });
    this.messaging.addConsumer({
      stream: eventStreamName('organization'),
      durable: 'organization-policy-triggers',
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

  private refresh(enterpriseId: string): Promise<void> {
    return this.changes.changed(enterpriseId);
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

  /** A new employee line or formation rule changes what the jurisdiction's enterprises count for. */
  private async policy(event: EventEnvelope): Promise<void> {
    const data = parsePayload(event, PolicyChangedV1);
    const relevant = ['employeeRuleThreshold', 'independentBranchMinFormalMembers', 'jointBranchMinEnterprises', 'jointBranchMaxEnterprises'];
    if (!relevant.some((key) => key in data.settings)) return;
    for (let after = ''; ; ) {
      const ids = await this.enterprises.idsUnder(data.orgPath, after, REFRESH_BATCH);
      if (ids.length === 0) return;
      for (const id of ids) await this.refresh(id);
      after = ids[ids.length - 1];
    }
  }
}
