import { Model, Schema } from 'mongoose';
import { freshDatabase } from '@dangjian/testing';
import { FieldCipher, SealedValue } from './field-cipher';
import { withDocumentLocks } from './document-lock';
import { ReplicaRefused, SingleReplicaLease } from './single-replica';
import { storageFor } from './storage';
import { storeIfNewer } from './store-if-newer';
import { AuditFields, VersionConflictError, auditPlugin, setAuditActorResolver, updateVersioned, versioningPlugin } from './plugins';

interface MemberDoc extends AuditFields {
  name: string;
  idCard: SealedValue;
  __v?: number;
}

const memberSchema = new Schema<MemberDoc>({ name: String, idCard: { c: String, h: String } }, { collection: 'members' });
memberSchema.index({ 'idCard.h': 1 });
memberSchema.plugin(auditPlugin);
memberSchema.plugin(versioningPlugin);

describe('persistence on a real MongoDB-wire server', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let members: Model<MemberDoc>;
  let actor: string | undefined;
  const cipher = FieldCipher.fromSettings(`k1:${FieldCipher.generateKey()}`, 'k1', FieldCipher.generateKey());

  beforeAll(async () => {
    db = await freshDatabase('persistence');
    members = db.connection.model<MemberDoc>('Member', memberSchema);
    await members.init();
    setAuditActorResolver(() => actor);
  });
  afterAll(async () => db.drop());

  describe('auditPlugin', () => {
    it('should stamp who created and who last changed a document', async () => {
      actor = 'clerk-a';
      const created = await members.create({ name: '张三', idCard: cipher.seal('11010519491231002X') });
      expect(created.createdBy).toBe('clerk-a');
      expect(created.updatedBy).toBe('clerk-a');
      const createdAt = created.createdAt!;

      actor = 'clerk-b';
      await members.updateOne({ _id: created._id }, { $set: { name: '张三丰' } });
      const updated = await members.findById(created._id).lean();
      expect(updated).toMatchObject({ name: '张三丰', createdBy: 'clerk-a', updatedBy: 'clerk-b' });
      expect(updated!.createdAt!.getTime()).toBe(createdAt.getTime());
      expect(updated!.updatedAt!.getTime()).toBeGreaterThanOrEqual(createdAt.getTime());
    });

    it('should stamp insertMany and upserts, and fall back to "system" without a user', async () => {
      actor = undefined;
      const [doc] = await members.insertMany([{ name: '批量', idCard: cipher.seal('110105194912310035') }]);
      expect(doc.createdBy).toBe('system');
      actor = 'importer';
      await members.updateOne({ name: '新人' }, { $set: { idCard: cipher.seal('110105194912310035') } }, { upsert: true });
      expect(await members.findOne({ name: '新人' }).lean()).toMatchObject({ createdBy: 'importer', updatedBy: 'importer' });
    });
  });

  describe('versioning', () => {
    it('should refuse an update made from a stale read', async () => {
      const doc = await members.create({ name: '李四', idCard: cipher.seal('11010519491231002X') });
      await updateVersioned(members, doc._id, doc.__v!, { $set: { name: '李四 (1)' } });
      await expect(updateVersioned(members, doc._id, doc.__v!, { $set: { name: '李四 (2)' } })).rejects.toBeInstanceOf(VersionConflictError);
      expect((await members.findById(doc._id).lean())!.name).toBe('李四 (1)');
    });

    it('should refuse a save() of a document changed meanwhile', async () => {
      const doc = await members.create({ name: '王五', idCard: cipher.seal('11010519491231002X') });
      const a = await members.findById(doc._id);
      const b = await members.findById(doc._id);
      a!.name = 'A';
      await a!.save();
      b!.name = 'B';
      await expect(b!.save()).rejects.toThrow(/No matching document|version/i);
    });
  });

  describe('storage port', () => {
    it('should apply only the guarded writes whose guard still holds, and count them', async () => {
      const storage = await storageFor(db.connection);
      const [a, b] = await members.create([{ name: 'a', idCard: cipher.seal('11010519491231002X') }, { name: 'b', idCard: cipher.seal('11010519491231002X') }]);
      const matched = await withDocumentLocks(members, [a._id, b._id], () =>
        storage.guardedUpdatesLocked(members, [
          { id: a._id, guard: { name: 'a' }, update: { $set: { name: 'a2' } } },
          { id: b._id, guard: { name: 'stale' }, update: { $set: { name: 'b2' } } },
        ]),
      );
      expect(matched).toBe(1);
      expect((await members.find({ _id: { $in: [a._id, b._id] } }).sort({ name: 1 }).lean()).map((m) => m.name)).toEqual(['a2', 'b']);
    });

    it('should remove array entries by id and by value, and keep the others', async () => {
      const storage = await storageFor(db.connection);
      const things = db.connection.model('Entries', new Schema({ _id: String, list: [Schema.Types.Mixed] }, { collection: 'entries' }));
      await things.create({ _id: 'x', list: [{ id: 'e1' }, 'packed-1', { id: 'e2' }, 'packed-2', { id: 'e3' }] });
      await storage.pullEntries(things, 'x', 'list', { ids: ['e1', 'e3'], values: ['packed-2'] });
      expect((await things.findById('x').lean())?.list).toEqual(['packed-1', { id: 'e2' }]);
    });

    it('should keep a copy only from newer facts, whatever order they arrive in, and leave the kept fields alone', async () => {
      interface Copy { _id: string; name: string; tags: string[]; at: string }
      const copies = db.connection.model<Copy>('Copies', new Schema<Copy>({ _id: String, name: String, tags: [String], at: String }, { collection: 'copies', versionKey: false }));
      await storeIfNewer(copies, { _id: 'c', name: 'v2', tags: ['t2'], at: '2026-02-02T00:00:00Z' }, 'at');
      await storeIfNewer(copies, { _id: 'c', name: 'v1', tags: ['t1'], at: '2026-01-01T00:00:00Z' }, 'at');
      await storeIfNewer(copies, { _id: 'c', name: 'v2 again', tags: [], at: '2026-02-02T00:00:00Z' }, 'at');
      expect(await copies.findById('c').lean()).toEqual({ _id: 'c', name: 'v2', tags: ['t2'], at: '2026-02-02T00:00:00Z' });
      await storeIfNewer(copies, { _id: 'c', name: 'v3', tags: [], at: '2026-03-03T00:00:00Z' }, 'at', ['tags']);
      expect(await copies.findById('c').lean()).toEqual({ _id: 'c', name: 'v3', tags: ['t2'], at: '2026-03-03T00:00:00Z' });
    });
  });

  describe('one replica per service', () => {
    const lease = (instance: string, onReplaced: () => void = () => undefined) =>
      new SingleReplicaLease(db.connection, { service: 'registry', instance, heartbeatMs: 100, lapseMs: 600 }, onReplaced);

    it('should refuse a second replica while the first one lives, and let it start once the first stops cleanly', async () => {
      const first = lease('registry-1');
      await first.acquire();
      await expect(lease('registry-2').acquire()).rejects.toThrow(ReplicaRefused);
      await expect(lease('registry-2').acquire()).rejects.toThrow(/another replica of registry is running \(registry-1\); on FerretDB each service runs as one replica/);
      await first.release();
      const second = lease('registry-2');
      await second.acquire(); // at once: the lease was given up
      await second.release();
    });

    it('should take over from a replica that died without giving the lease up, after its heartbeat stood still', async () => {
      let replaced = 0;
      const crashed = lease('registry-crashed', () => replaced++);
      await crashed.acquire();
      // A crash, or a process paused for longer than the lapse: the heartbeat stops, nothing is released.
      clearInterval((crashed as unknown as { timer: NodeJS.Timeout }).timer);
      const started = Date.now();
      const next = lease('registry-next');
      await next.acquire();
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      // The paused one wakes up, sees it was replaced, and stops.
      await (crashed as unknown as { heartbeat: () => Promise<void> }).heartbeat();
      expect(replaced).toBe(1);
      await next.release();
    });
  });

  describe('field encryption', () => {
    it('should store only ciphertext and find the record by the blind index', async () => {
      await members.create({ name: '赵六', idCard: cipher.seal('34082219800101123X') });
      const raw = await db.connection.db!.collection('members').findOne({ name: '赵六' });
      expect(JSON.stringify(raw)).not.toContain('34082219800101123X');

      const found = await members.findOne({ 'idCard.h': cipher.blindIndex('34082219800101123x') }).lean();
      expect(found?.name).toBe('赵六');
      expect(cipher.open(found!.idCard)).toBe('34082219800101123X');
      expect(await members.findOne({ 'idCard.h': cipher.blindIndex('340822198001011230') }).lean()).toBeNull();
    });
  });
});
