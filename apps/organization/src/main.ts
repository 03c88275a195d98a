import 'reflect-metadata';
import { XLSX_TYPE, bootstrapService, loadConfigOrExit } from '@dangjian/platform';
import { AppModule } from './app.module';
import { organizationConfigSchema } from './config';

const config = loadConfigOrExit('organization', organizationConfigSchema);
void bootstrapService({
  service: 'organization',
  title: '党组织与党员 · Party organizations and members',
  config,
  module: AppModule.register(config),
  // A branch's roster workbook is uploaded as the request body.
  rawBodyTypes: [XLSX_TYPE, 'application/octet-stream'],
});
