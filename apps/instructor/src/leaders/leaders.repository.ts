import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, UpdateQuery } from 'mongoose';
import { inAnyScope, pathAncestors } from '@dangjian/auth';
import { EventEnvelope } from '@dangjian/contracts';
import { LeaderKind } from '@dangjian/domain-instructor';
import { pushEvents, withEvents } from '@dangjian/messaging';
import { updateVersioned } from '@dangjian/persistence';
import { LeaderDoc } from './leader.schema';

export const LEADER_MODEL = 'Leader';

/** Leaders' contact points within the caller's scopes. */
@Injectable()
export class LeadersRepository {
  constructor(@InjectModel(LEADER_MODEL) readonly model: Model<LeaderDoc>) {}

  async findById(scopes: readonly string[], id: string): Promise<LeaderDoc | null> {
    const doc = await this.model.findOne({ _id: id }).lean<LeaderDoc>();
    return doc && inAnyScope(doc.orgPath, scopes) ? doc : null;
  }

  list(scopes: readonly string[], path: string, kind?: LeaderKind): Promise<LeaderDoc[]> | null {
    if (!inAnyScope(path, scopes)) return null;
    return this.model.find({ orgAncestors: path, ...(kind ? { kind } : {}) }).sort({ kind: 1, name: 1 }).lean<LeaderDoc[]>();
  }

  async create(scopes: readonly string[], doc: Omit<LeaderDoc, '__v' | 'orgAncestors'>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(doc.orgPath, scopes)) throw new Error(`leader of ${doc.orgPath} written outside the caller's scope`);
    await this.model.create(withEvents({ ...doc, orgAncestors: pathAncestors(doc.orgPath) }, ...events));
  }

  async update(scopes: readonly string[], read: LeaderDoc, version: number, update: UpdateQuery<LeaderDoc>, events: EventEnvelope[]): Promise<void> {
    if (!inAnyScope(read.orgPath, scopes)) throw new Error(`leader of ${read.orgPath} written outside the caller's scope`);
    await updateVersioned(this.model, read._id, version, pushEvents<LeaderDoc>(update, ...events));
  }
}
