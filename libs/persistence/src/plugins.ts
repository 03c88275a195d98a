import { Model, Schema, UpdateQuery } from 'mongoose';
import { guardedUpdateOne } from './storage';

/** Who is writing: supplied by the service (the request's principal), 'system' when none. */
export type ActorResolver = () => string | undefined;

let resolveActor: ActorResolver = () => undefined;

/** Called once at start by the platform so audit fields name the user behind each write. */
export function setAuditActorResolver(resolver: ActorResolver): void {
  resolveActor = resolver;
}

export function currentAuditActor(): string {
  return resolveActor() ?? 'system';
}

export interface AuditFields {
  createdAt?: Date;
  createdBy?: string;
  updatedAt?: Date;
  updatedBy?: string;
}

/** createdAt/By and updatedAt/By on every write path: save, create, insertMany and the update queries. */
export function auditPlugin(schema: Schema): void {
  schema.add({ createdAt: Date, createdBy: String, updatedAt: Date, updatedBy: String });

  schema.pre('save', function (next) {
    const actor = currentAuditActor();
    const now = new Date();
    if (this.isNew) {
      this.set('createdAt', this.get('createdAt') ?? now);
      this.set('createdBy', this.get('createdBy') ?? actor);
    }
    this.set('updatedAt', now);
    this.set('updatedBy', actor);
    next();
  });

  schema.pre('insertMany', function (next, docs: unknown[]) {
    const actor = currentAuditActor();
    const now = new Date();
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
      const d = doc as Record<string, unknown>;
      d.createdAt ??= now;
      d.createdBy ??= actor;
      d.updatedAt = now;
      d.updatedBy = actor;
    }
    next();
  });

  const stampUpdate = function (this: { getUpdate(): UpdateQuery<unknown> | null; setUpdate(u: UpdateQuery<unknown>): void; getOptions(): { upsert?: boolean } }) {
    const update = (this.getUpdate() ?? {}) as UpdateQuery<Record<string, unknown>>;
    if (Array.isArray(update)) return; // aggregation pipelines are not used (FerretDB lacks them)
    const actor = currentAuditActor();
    const now = new Date();
    const $set = { ...(update.$set ?? {}), updatedAt: now, updatedBy: actor };
    const next: UpdateQuery<Record<string, unknown>> = { ...update, $set };
    if (this.getOptions().upsert) {
      next.$setOnInsert = { ...(update.$setOnInsert ?? {}), createdAt: now, createdBy: actor };
    }
    this.setUpdate(next);
  };
  schema.pre(['updateOne', 'updateMany', 'findOneAndUpdate'], stampUpdate);
}

export class VersionConflictError extends Error {
  constructor(readonly id: unknown, readonly expectedVersion: number) {
    super(`version conflict on ${String(id)}: expected version ${expectedVersion}`);
  }
}

/**
 * Optimistic versioning: `save()` checks the version (mongoose optimisticConcurrency) and updates go
 * through `updateVersioned`, which applies only when the stored version is the one the caller read.
 */
export function versioningPlugin(schema: Schema): void {
  schema.set('optimisticConcurrency', true);
  schema.set('versionKey', '__v');
}

export async function updateVersioned<T>(
  model: Model<T>,
  id: unknown,
  expectedVersion: number,
  update: UpdateQuery<T>,
): Promise<void> {
  const inc = { ...((update.$inc as Record<string, number>) ?? {}), __v: 1 };
  const matched = await guardedUpdateOne(model, id, { __v: expectedVersion }, { ...update, $inc: inc } as UpdateQuery<T>);
  if (!matched) throw new VersionConflictError(id, expectedVersion);
}
