import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@dangjian/platform';
import { AppModule } from './app.module';
import { notificationConfigSchema } from './config';

const config = loadConfigOrExit('notification', notificationConfigSchema);
void bootstrapService({
  service: 'notification',
  title: '提醒与通知 · Reminders and notifications',
  config,
  module: AppModule.register(config),
});
