import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@dangjian/auth';
import { AuditTrail } from '@dangjian/platform';
import { KeycloakGroupsSync } from './keycloak-groups.sync';

@ApiTags('keycloak-sync · Keycloak 组同步')
@Controller('keycloak-sync')
export class KeycloakSyncController {
  constructor(
    private readonly sync: KeycloakGroupsSync,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  @Access('keycloak-sync', 'read')
  @ApiOperation({ summary: '上次核对 Keycloak 组的结果 / The last reconcile of Keycloak groups with the tree' })
  async last() {
    return { report: await this.sync.lastReport() };
  }

  @Post('reconcile')
  @HttpCode(200)
  @Access('keycloak-sync', 'create')
  @ApiOperation({ summary: '立即核对并修复 Keycloak 组（缺失的重建，多余的只报告）/ Reconcile now: missing groups made again, strays reported' })
  async reconcile() {
    const audit = this.audit.event({ action: 'keycloak-sync.create', target: { kind: 'keycloak-sync', id: 'reconcile' }, changes: { requested: { to: new Date().toISOString() } } });
    const { _events: _e, ...report } = await this.sync.reconcile([audit]);
    return report;
  }
}
