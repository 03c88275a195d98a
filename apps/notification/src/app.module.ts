import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@dangjian/platform';
import { NotificationConfig } from './config';

@Module({})
export class AppModule {
  static register(config: NotificationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ service: 'notification', config })],
    };
  }
}
