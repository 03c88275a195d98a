import { DynamicModule, Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FieldCipher } from './field-cipher';
import { SchemaIndexes } from './schema-indexes';

export interface PersistenceOptions {
  mongoUrl: string;
  dbName: string;
  /** Absent when the service stores no sensitive fields. */
  encryption?: { keys: string; activeKeyId: string; blindIndexKey: string };
}

/** The service's one MongoDB database (mongoose) and, when configured, its field cipher. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(options: PersistenceOptions): DynamicModule {
    const cipherProviders = options.encryption
      ? [
          {
            provide: FieldCipher,
            useFactory: () =>
              FieldCipher.fromSettings(options.encryption!.keys, options.encryption!.activeKeyId, options.encryption!.blindIndexKey),
          },
        ]
      : [];
    return {
      module: PersistenceModule,
      imports: [
        MongooseModule.forRoot(options.mongoUrl, {
          dbName: options.dbName,
          serverSelectionTimeoutMS: 5000,
          // Indexes are declared on schemas and built at start by SchemaIndexes, which knows the server.
          autoIndex: false,
        }),
      ],
      providers: [SchemaIndexes, ...cipherProviders],
      exports: [MongooseModule, ...cipherProviders],
    };
  }
}
