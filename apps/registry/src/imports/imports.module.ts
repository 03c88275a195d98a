import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@dangjian/messaging';
import { LedgerModule } from '../ledger/ledger.module';
import { DEMO_LEDGER, DemoLedgerSeed } from './demo-ledger-seed';
import { ImportFiles } from './import-files';
import { importBatchSchema, importJobSchema, importRowErrorSchema } from './import-job.schema';
import { IMPORT_SETTINGS, ImportRunner, ImportSettings } from './import-runner';
import { ImportsController } from './imports.controller';
import { IMPORT_BATCH_MODEL, IMPORT_JOB_MODEL, IMPORT_ROW_ERROR_MODEL, ImportsService } from './imports.service';
import { IMPORT_UPLOAD_LIMIT } from './imports.tokens';

@Module({})
export class ImportsModule {
  static register(settings: ImportSettings & { maxBytes: number; demoLedgerFile?: string; demoLedgerScope: string }): DynamicModule {
    return {
      module: ImportsModule,
      imports: [
        LedgerModule,
        MongooseModule.forFeature([
          { name: IMPORT_JOB_MODEL, schema: importJobSchema },
          { name: IMPORT_ROW_ERROR_MODEL, schema: importRowErrorSchema },
          { name: IMPORT_BATCH_MODEL, schema: importBatchSchema },
        ]),
      ],
      controllers: [ImportsController],
      providers: [
        ImportsService,
        ImportFiles,
        ImportRunner,
        { provide: IMPORT_SETTINGS, useValue: { batchRows: settings.batchRows, leaseMs: settings.leaseMs } },
        { provide: IMPORT_UPLOAD_LIMIT, useValue: settings.maxBytes },
        { provide: DEMO_LEDGER, useValue: { file: settings.demoLedgerFile, scope: settings.demoLedgerScope, maxBytes: settings.maxBytes } },
        DemoLedgerSeed,
      ],
      exports: [ImportsService],
    };
  }

  constructor(relay: OutboxRelay, imports: ImportsService) {
    relay.register(imports.jobs);
    relay.register(imports.batches, { deleteWhenPublished: true });
  }
}
