import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection, IndexDefinition, IndexOptions } from 'mongoose';
import { ServerKind, serverKind } from './server-kind';

/**
 * The schema indexes a server gets. MongoDB gets all of them. FerretDB 1.24 plans every query but
 * an `_id` lookup as a scan, so its secondary indexes are never read, yet each one is written on
 * every insert and update (about 40 % of a bulk insert's time with the ledger's nine); it gets the
 * unique ones only, which still enforce their constraint.
 */
export function indexesFor(kind: ServerKind, indexes: [IndexDefinition, IndexOptions][]): [IndexDefinition, IndexOptions][] {
  return kind === 'mongodb' ? indexes : indexes.filter(([, options]) => options?.unique === true);
}

/** Builds every registered model's indexes for this server before the service starts serving. */
@Injectable()
export class SchemaIndexes implements OnModuleInit {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async onModuleInit(): Promise<void> {
    const kind = await serverKind(this.connection);
    for (const model of Object.values(this.connection.models)) {
      const toCreate = indexesFor(kind, model.schema.indexes());
      if (toCreate.length) await model.createIndexes({ toCreate } as Parameters<typeof model.createIndexes>[0]);
    }
  }
}
