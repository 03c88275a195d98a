import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { storageFor } from './storage';

/** Builds every registered model's indexes worth having on this server (`DocumentStorage.indexesFor`) before the service starts serving. */
@Injectable()
export class SchemaIndexes implements OnModuleInit {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async onModuleInit(): Promise<void> {
    const storage = await storageFor(this.connection);
    for (const model of Object.values(this.connection.models)) {
      const toCreate = storage.indexesFor(model.schema.indexes());
      if (toCreate.length) await model.createIndexes({ toCreate } as Parameters<typeof model.createIndexes>[0]);
    }
  }
}
