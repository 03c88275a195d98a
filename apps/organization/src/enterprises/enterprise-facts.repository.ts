import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { pathAncestors } from '@dangjian/auth';
import { EnterpriseFacts } from '@dangjian/contracts';
import { guardedUpdateOne } from '@dangjian/persistence';
import { EnterpriseFactsDoc } from './enterprise-facts.schema';

export const ENTERPRISE_FACTS_MODEL = 'EnterpriseFacts';

@Injectable()
export class EnterpriseFactsRepository {
  constructor(@InjectModel(ENTERPRISE_FACTS_MODEL) readonly model: Model<EnterpriseFactsDoc>) {}

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
      factsAt: at,
    };
    for (;;) {
      const current = await this.findById(facts.id);
      if (!current) {
        try {
          await this.model.create(next);
          return;
        } catch (error) {
          if ((error as { code?: number }).code !== 11000) throw error;
          continue; // inserted meanwhile: compare with it
        }
      }
      if (current.factsAt >= at) return;
      const { _id, ...fields } = next;
      if (await guardedUpdateOne(this.model, _id, { factsAt: current.factsAt }, { $set: fields })) return;
    }
  }
}
