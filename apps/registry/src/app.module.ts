import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PlatformModule } from '@dangjian/platform';
import { RegistryConfig } from './config';
import { CensusModule } from './census/census.module';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { ImportsModule } from './imports/imports.module';
import { ProposalsModule } from './proposals/proposals.module';

@Module({})
export class AppModule {
  static register(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ScheduleModule.forRoot(),
        PlatformModule.forRoot({ service: 'registry', config }),
        EnterprisesModule,
        CensusModule,
        ProposalsModule,
        ImportsModule.register({ maxBytes: config.IMPORT_MAX_MB * 1024 * 1024, batchRows: config.IMPORT_BATCH_ROWS, leaseMs: config.IMPORT_LEASE_SECONDS * 1000 }),
      ],
    };
  }
}
