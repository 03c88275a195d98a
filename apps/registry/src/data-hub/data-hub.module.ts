import { DynamicModule, Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { OutboxRelay } from '@dangjian/messaging';
import { DomainException } from '@dangjian/platform';
import { LedgerModule } from '../ledger/ledger.module';
import { DataHubController } from './data-hub.controller';
import { hubRunSchema, hubStateSchema, quarantineSchema } from './data-hub.schema';
import { DATA_HUB_SETTINGS, DataHubService, DataHubSettings, HUB_RUN_MODEL, HUB_STATE_MODEL, QUARANTINE_MODEL } from './data-hub.service';
import { FileDrop } from './file-drop';

@Module({})
export class DataHubModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(DataHubModule.name);

  static register(settings: DataHubSettings): DynamicModule {
    return {
      module: DataHubModule,
      imports: [
        LedgerModule,
        MongooseModule.forFeature([
          { name: HUB_STATE_MODEL, schema: hubStateSchema },
          { name: HUB_RUN_MODEL, schema: hubRunSchema },
          { name: QUARANTINE_MODEL, schema: quarantineSchema },
        ]),
      ],
      controllers: [DataHubController],
      providers: [DataHubService, FileDrop, { provide: DATA_HUB_SETTINGS, useValue: settings }],
    };
  }

  constructor(
    relay: OutboxRelay,
    private readonly hub: DataHubService,
    private readonly drop: FileDrop,
    private readonly scheduler: SchedulerRegistry,
    @Inject(DATA_HUB_SETTINGS) private readonly settings: DataHubSettings,
  ) {
    relay.register(hub.runs);
  }

  /** The scheduled pull (cron) and the file-drop poll; replicas race for the lease, one wins. */
  onApplicationBootstrap(): void {
    if (this.settings.hub && this.settings.cron) {
      const job = CronJob.from({
        cronTime: this.settings.cron,
        onTick: () =>
          void this.hub.startPull('schedule').catch((error) => {
            if (!(error instanceof DomainException)) this.logger.error({ err: error }, 'scheduled data hub run failed to start');
          }),
      });
      this.scheduler.addCronJob('data-hub-pull', job);
      job.start();
    }
    if (this.settings.dropDir) {
      const timer = setInterval(() => void this.drop.scan().catch((error) => this.logger.error({ err: error }, 'file drop scan failed')), this.settings.dropPollSeconds * 1000);
      this.scheduler.addInterval('data-hub-file-drop', timer);
    }
  }
}
