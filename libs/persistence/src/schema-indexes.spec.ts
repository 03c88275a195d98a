import { Schema } from 'mongoose';
import { indexesFor } from './schema-indexes';

describe('indexesFor', () => {
  const schema = new Schema({ code: String, park: [String], name: String });
  schema.index({ code: 1 }, { unique: true });
  schema.index({ park: 1, name: 1 });

  it('should give MongoDB every schema index', () => {
    expect(indexesFor('mongodb', schema.indexes()).map(([fields]) => fields)).toEqual([{ code: 1 }, { park: 1, name: 1 }]);
  });

  it('should give FerretDB only the unique ones, which still enforce their constraint', () => {
    expect(indexesFor('ferretdb', schema.indexes())).toEqual([[{ code: 1 }, expect.objectContaining({ unique: true })]]);
  });
});
