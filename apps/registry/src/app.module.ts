import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PlatformModule } from '@dangjian/platform';
import { RegistryConfig } from './config';
import { CensusModule } from './census/census.module';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { ImportsModule } from './imports/imports.module';
import { ProposalsModule } from './proposals/proposals.module';
import { DataHubModule } from './data-hub/data-hub.module';

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
        DataHubModule.register({
          hub: config.DATA_HUB_URL
            ? {
                baseUrl: config.DATA_HUB_URL,
                appKey: config.DATA_HUB_APP_KEY ?? '',
                appSecret: config.DATA_HUB_APP_SECRET ?? '',
                pageSize: config.DATA_HUB_PAGE_SIZE,
                timeoutMs: config.DATA_HUB_TIMEOUT_MS,
                maxRetries: config.DATA_HUB_MAX_RETRIES,
                retryBaseMs: config.DATA_HUB_RETRY_BASE_MS,
                ratePerSecond: config.DATA_HUB_RATE_PER_SECOND,
              }
            : undefined,
          regions: config.DATA_HUB_REGIONS,
          cron: config.DATA_HUB_CRON,
          leaseMs: config.DATA_HUB_LEASE_SECONDS * 1000,
          dropDir: config.DATA_HUB_DROP_DIR,
          dropPollSeconds: config.DATA_HUB_DROP_POLL_SECONDS,
        }),
        ImportsModule.register({
          maxBytes: config.IMPORT_MAX_MB * 1024 * 1024,
          batchRows: config.IMPORT_BATCH_ROWS,
          leaseMs: config.IMPORT_LEASE_SECONDS * 1000,
          demoLedgerFile: config.DEMO_LEDGER_FILE,
          demoLedgerScope: config.DEMO_LEDGER_SCOPE,
        }),
      ],
    };
  }
}
