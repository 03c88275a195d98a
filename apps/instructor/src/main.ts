import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@dangjian/platform';
import { AppModule } from './app.module';
import { instructorConfigSchema } from './config';

const config = loadConfigOrExit('instructor', instructorConfigSchema);
void bootstrapService({
  service: 'instructor',
  title: '党建指导员 · Party-building instructors',
  config,
  module: AppModule.register(config),
});
