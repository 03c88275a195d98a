import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@dangjian/platform';
import { AppModule } from './app.module';
import { registryConfig } from './config';
import { UPLOAD_CONTENT_TYPES } from './imports/imports.controller';

const config = loadConfigOrExit('registry', registryConfig);
void bootstrapService({
  service: 'registry',
  title: '市场主体台账 · Enterprise registry',
  config,
  module: AppModule.register(config),
  rawBodyTypes: UPLOAD_CONTENT_TYPES,
});
