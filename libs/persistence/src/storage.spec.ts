import { Schema } from 'mongoose';
import { connectionAnswering } from './__fixtures__/answering-connection';
import { matchesGuard, storageFor } from './storage';

describe('storageFor', () => {
  const schema = new Schema({ code: String, park: [String], name: String });
  schema.index({ code: 1 }, { unique: true });
  schema.index({ park: 1, name: 1 });

  it('should give MongoDB every schema index', async () => {
    const storage = await storageFor(connectionAnswering({ version: '7.0.14' }));
    expect(storage.kind).toBe('mongodb');
    expect(storage.indexesFor(schema.indexes()).map(([fields]) => fields)).toEqual([{ code: 1 }, { park: 1, name: 1 }]);
  });

  it('should give FerretDB only the unique ones, which still enforce their constraint', async () => {
    const storage = await storageFor(connectionAnswering({ version: '7.0.42', ferretdbVersion: 'v1.24.2' }));
    expect(storage.kind).toBe('ferretdb');
    expect(storage.indexesFor(schema.indexes())).toEqual([[{ code: 1 }, expect.objectContaining({ unique: true })]]);
  });
});

describe('matchesGuard', () => {
  const doc = { __v: 2, status: 'operating', _events: [{ id: 'e1' }, { id: 'e2' }] };

  it('should match equal values at top-level and dotted paths', () => {
    expect(matchesGuard(doc, { __v: 2 })).toBe(true);
    expect(matchesGuard(doc, { '_events.0.id': 'e1', status: 'operating' })).toBe(true);
  });

  it('should not match a different or missing value', () => {
    expect(matchesGuard(doc, { __v: 1 })).toBe(false);
    expect(matchesGuard(doc, { '_events.0.id': 'e2' })).toBe(false);
    expect(matchesGuard({ _events: [] }, { '_events.0.id': 'e1' })).toBe(false);
  });
});
