import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@dangjian/platform';
import { OrganizationConfig } from './config';

@Module({})
export class AppModule {
  static register(config: OrganizationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ service: 'organization', config })],
    };
  }
}
