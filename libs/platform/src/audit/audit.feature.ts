import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditController } from './audit.controller';
import { AUDIT_LOG_MODEL, AuditTrail } from './audit-trail';
import { auditLogSchema } from './audit.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: AUDIT_LOG_MODEL, schema: auditLogSchema }])],
  controllers: [AuditController],
  providers: [AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
