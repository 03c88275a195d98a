import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { CommonErrorCode } from '@dangjian/contracts';
import { DomainException } from '../errors/domain-exception';
import { SystemService } from './system.service';
import { UuidParams } from '../openapi/openapi';

@ApiTags('system · 系统自检')
@Controller('system')
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Get('status')
  @Access('system-status', 'read')
  @ApiOperation({ summary: '本服务及其他服务的连通状态、事件发件箱 / This service, request/reply reachability of the others, and its outbox' })
  async status() {
    return { ...this.system.ping(), dependencies: await this.system.dependencies(), outbox: await this.system.outbox() };
  }

  @Post('probes')
  @Access('system-probe', 'create')
  @HttpCode(202)
  @ApiOperation({ summary: '发送事件链路探针 / Send a probe event through outbox, JetStream and every durable consumer' })
  sendProbe() {
    return this.system.sendProbe();
  }

  @Get('probes/:probeId')
  @Access('system-probe', 'read')
  @ApiOperation({ summary: '查看探针送达情况 / Which services received the probe' })
  @UuidParams('probeId')
  async probe(
    @Param('probeId', new ParseUUIDPipe({ exceptionFactory: () => invalidProbeId() })) probeId: string,
  ) {
    if (!(await this.system.probeExists(probeId))) {
      throw new DomainException(CommonErrorCode.NOT_FOUND, '未找到该探针 / Probe not found', { probeId });
    }
    const receipts = await this.system.probeReceipts(probeId);
    return { probeId, deliveredToAll: receipts.every((r) => r.received), receipts };
  }
}

function invalidProbeId(): DomainException {
  return new DomainException(CommonErrorCode.VALIDATION_FAILED, '探针编号格式不正确 / Probe id must be a UUID');
}
