import { BeforeApplicationShutdown, DynamicModule, Global, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { FieldCipher } from './field-cipher';
import { SchemaIndexes } from './schema-indexes';
import { SingleReplicaLease } from './single-replica';
import { storageFor } from './storage';

export interface PersistenceOptions {
  service: string;
  instance: string;
  mongoUrl: string;
  dbName: string;
  /** Absent when the service stores no sensitive fields. */
  encryption?: { keys: string; activeKeyId: string; blindIndexKey: string };
}

const PERSISTENCE_OPTIONS = Symbol('PERSISTENCE_OPTIONS');

/**
 * On a server that needs it (`DocumentStorage.singleReplica`), holds the service's one-replica lease
 * from start to a clean stop; a second replica stops at start with ReplicaRefused.
 */
@Injectable()
export class SingleReplicaGuard implements OnModuleInit, BeforeApplicationShutdown {
  private lease?: SingleReplicaLease;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(PERSISTENCE_OPTIONS) private readonly options: PersistenceOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!(await storageFor(this.connection)).singleReplica) return;
    this.lease = new SingleReplicaLease(this.connection, { service: this.options.service, instance: this.options.instance }, () =>
      process.kill(process.pid, 'SIGTERM'),
    );
    await this.lease.acquire();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.lease?.release().catch(() => undefined);
  }
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
      // The guard first: nothing else of the service touches the database before it holds the lease.
      providers: [{ provide: PERSISTENCE_OPTIONS, useValue: options }, SingleReplicaGuard, SchemaIndexes, ...cipherProviders],
      exports: [MongooseModule, ...cipherProviders],
    };
  }
}
