import { Controller, DynamicModule, Module, Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MongooseModule } from '@nestjs/mongoose';
import { Access } from '@dangjian/auth';
import { ProbeReceiptQuery, ServiceName, SystemPatterns } from '@dangjian/contracts';
import { probeReceiptSchema, probeSchema } from './probe.schema';
import { SystemController } from './system.controller';
import { PROBE_MODEL, PROBE_RECEIPT_MODEL, SystemService } from './system.service';

/** Message handlers carry the service name in their patterns, so the class is made per service. */
function systemHandler(service: ServiceName): Type<unknown> {
  @Controller()
  class SystemHandler {
    constructor(private readonly system: SystemService) {}

    @MessagePattern(SystemPatterns.ping(service))
    @Access('system-status', 'read')
    ping() {
      return this.system.ping();
    }

    @MessagePattern(SystemPatterns.probeReceiptGet(service))
    @Access('system-probe', 'read')
    receipt(@Payload() query: ProbeReceiptQuery) {
      return this.system.receiptFor(String(query?.probeId ?? ''));
    }
  }
  return SystemHandler;
}

export function systemFeature(service: ServiceName): { module: DynamicModule } {
  @Module({})
  class SystemModule {}
  return {
    module: {
      module: SystemModule,
      imports: [
        MongooseModule.forFeature([
          { name: PROBE_MODEL, schema: probeSchema },
          { name: PROBE_RECEIPT_MODEL, schema: probeReceiptSchema },
        ]),
      ],
      controllers: [SystemController, systemHandler(service)],
      providers: [SystemService],
    },
  };
}
