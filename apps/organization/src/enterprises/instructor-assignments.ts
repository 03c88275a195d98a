import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';

/** An instructor's assignment to an enterprise, as the instructor service announced it (work coverage reads it). */
export interface InstructorAssignmentDoc {
  /** The instructor service's assignment id. */
  _id: string;
  instructorId: string;
  enterpriseId: string;
  orgPath: string;
  from: string | null;
  /** Set once the assignment ended; an ended one may be heard of before its start. */
  until: string | null;
  endReason: string | null;
}

export const instructorAssignmentSchema = new Schema<InstructorAssignmentDoc>(
  {
    _id: String,
    instructorId: { type: String, required: true },
    enterpriseId: { type: String, required: true },
    orgPath: { type: String, required: true },
    from: { type: String, default: null },
    until: { type: String, default: null },
    endReason: { type: String, default: null },
  },
  { collection: 'instructor_assignments', versionKey: false },
);
instructorAssignmentSchema.index({ enterpriseId: 1, until: 1 });

export const INSTRUCTOR_ASSIGNMENT_MODEL = 'InstructorAssignment';

type Assignment = Pick<InstructorAssignmentDoc, '_id' | 'instructorId' | 'enterpriseId' | 'orgPath'>;

/** Organization's copy of instructor assignments; the events may come in any order and more than once. */
@Injectable()
export class InstructorAssignmentsRepository {
  constructor(@InjectModel(INSTRUCTOR_ASSIGNMENT_MODEL) readonly model: Model<InstructorAssignmentDoc>) {}

  async started(assignment: Assignment, from: string): Promise<void> {
    await this.model.updateOne(
      { _id: assignment._id },
      { $set: { instructorId: assignment.instructorId, enterpriseId: assignment.enterpriseId, orgPath: assignment.orgPath, from }, $setOnInsert: { until: null, endReason: null } },
      { upsert: true },
    );
  }

  async ended(assignment: Assignment, until: string, reason: string): Promise<void> {
    await this.model.updateOne(
      { _id: assignment._id },
      { $set: { instructorId: assignment.instructorId, enterpriseId: assignment.enterpriseId, orgPath: assignment.orgPath, until, endReason: reason }, $setOnInsert: { from: null } },
      { upsert: true },
    );
  }

  /** Assignments in force, per enterprise, for several. */
  async activeCounts(enterpriseIds: string[]): Promise<Map<string, number>> {
    const docs = await this.model.find({ enterpriseId: { $in: enterpriseIds }, until: null }, { enterpriseId: 1 }).lean<Pick<InstructorAssignmentDoc, 'enterpriseId'>[]>();
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.enterpriseId, (counts.get(d.enterpriseId) ?? 0) + 1);
    return counts;
  }

  /** Assignments in force for an enterprise. */
  countActive(enterpriseId: string): Promise<number> {
    return this.model.countDocuments({ enterpriseId, until: null });
  }
}
