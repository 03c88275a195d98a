import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@dangjian/platform';
import { AppModule } from './app.module';
import { assessmentConfigSchema } from './config';

const config = loadConfigOrExit('assessment', assessmentConfigSchema);
void bootstrapService({
  service: 'assessment',
  title: '分类定级与考评 · Classification and assessment',
  config,
  module: AppModule.register(config),
});
