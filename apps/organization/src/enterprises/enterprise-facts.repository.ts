import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { pathAncestors } from '@dangjian/auth';
import { EnterpriseFacts } from '@dangjian/contracts';
import { guardedUpdateOne, storeIfNewer } from '@dangjian/persistence';
import { EnterpriseBaseDoc, EnterpriseFactsDoc } from './enterprise-facts.schema';

export const ENTERPRISE_FACTS_MODEL = 'EnterpriseFacts';
export const ENTERPRISE_BASE_MODEL = 'EnterpriseBase';

@Injectable()
export class EnterpriseFactsRepository {
  constructor(
    @InjectModel(ENTERPRISE_FACTS_MODEL) readonly model: Model<EnterpriseFactsDoc>,
    @InjectModel(ENTERPRISE_BASE_MODEL) readonly base: Model<EnterpriseBaseDoc>,
  ) {}

  /** Whether the latest census decision put the enterprise in the base; null before any. */
  baseOf(id: string): Promise<EnterpriseBaseDoc | null> {
    return this.base.findOne({ _id: id }).lean<EnterpriseBaseDoc>();
  }

  findByIds(ids: string[]): Promise<EnterpriseFactsDoc[]> {
    return this.model.find({ _id: { $in: ids } }).lean<EnterpriseFactsDoc[]>();
  }

  /**
   * Enterprise ids after `after`, in id order, as one cursor: a rebuild takes its batches from it (paging
   * with `$gt` would make FerretDB scan and sort the whole collection for every batch).
   */
  async *idsAfter(after: string): AsyncGenerator<string> {
    for await (const doc of this.model.find({ _id: { $gt: after } }, { _id: 1 }).sort({ _id: 1 }).lean<{ _id: string }>().cursor()) yield doc._id;
  }

  /** The same, for the enterprises of one jurisdiction. */
  async idsUnder(orgPath: string, after: string, limit: number): Promise<string[]> {
    const docs = await this.model.find({ orgAncestors: orgPath, _id: { $gt: after } }, { _id: 1 }).sort({ _id: 1 }).limit(limit).lean<{ _id: string }[]>();
    return docs.map((d) => d._id);
  }

  /** The enterprises registered in one park or township. */
  inJurisdiction(path: string): Promise<EnterpriseFactsDoc[]> {
    return this.model.find({ orgAncestors: path, orgPath: path }).lean<EnterpriseFactsDoc[]>();
  }

  /** Census decisions of several enterprises, by id. */
  async basesOf(ids: string[]): Promise<Map<string, EnterpriseBaseDoc>> {
    const docs = await this.base.find({ _id: { $in: ids } }).lean<EnterpriseBaseDoc[]>();
    return new Map(docs.map((d) => [d._id, d]));
  }

  /**
   * Party members the ledger records, formal and all, per park or township at or under a path
   * (deregistered enterprises left out; copies older than the partyMembers field count their formal
   * members as all). Summed while streaming: FerretDB 1.24 fills only the first accumulator of a $group.
   */
  async membersByPlace(path: string): Promise<Map<string, { formal: number; party: number }>> {
    const out = new Map<string, { formal: number; party: number }>();
    const docs = this.model
      .find({ orgAncestors: path, status: { $ne: 'deregistered' } }, { orgPath: 1, formalMembers: 1, partyMembers: 1 })
      .lean<Pick<EnterpriseFactsDoc, 'orgPath' | 'formalMembers' | 'partyMembers'>>()
      .cursor();
    for await (const doc of docs) {
      const sum = out.get(doc.orgPath) ?? { formal: 0, party: 0 };
      out.set(doc.orgPath, { formal: sum.formal + doc.formalMembers, party: sum.party + (doc.partyMembers ?? doc.formalMembers) });
    }
    return out;
  }

  count(): Promise<number> {
    return this.model.estimatedDocumentCount();
  }

  /**
   * Records a census decision unless a later one is known: a later campaign year wins, and within a
   * year the later decision. Safe to repeat.
   */
  async applyBase(decision: EnterpriseBaseDoc): Promise<void> {
    const later = (a: EnterpriseBaseDoc, b: EnterpriseBaseDoc) => a.year > b.year || (a.year === b.year && a.at > b.at);
    for (;;) {
      const current = await this.baseOf(decision._id);
      if (!current) {
        try {
          await this.base.create(decision);
          return;
        } catch (error) {
          if ((error as { code?: number }).code !== 11000) throw error;
          continue;
        }
      }
      if (!later(decision, current)) return;
      const { _id, ...fields } = decision;
      if (await guardedUpdateOne(this.base, _id, { year: current.year, at: current.at }, { $set: fields })) return;
    }
  }

  /** An enterprise by registry id, whatever the caller's scope: the caller checks it against the org it acts on. */
  findById(id: string): Promise<EnterpriseFactsDoc | null> {
    return this.model.findOne({ _id: id }).lean<EnterpriseFactsDoc>();
  }

  /**
   * Applies registry's facts as of `at`, unless newer ones were applied already (events of one
   * enterprise may arrive out of order after a retry). Safe to repeat.
   */
  async apply(facts: EnterpriseFacts, at: string): Promise<void> {
    const next: EnterpriseFactsDoc = {
      _id: facts.id,
      uscc: facts.uscc,
      name: facts.name,
      kind: facts.kind,
      orgPath: facts.orgPath,
      orgAncestors: pathAncestors(facts.orgPath),
      status: facts.status,
      employees: facts.employees,
      formalMembers: facts.formalMembers,
      partyMembers: facts.partyMembers,
      industryCode: facts.industryCode ?? null,
      factsAt: at,
    };
    await storeIfNewer(this.model, next, 'factsAt');
  }
}
