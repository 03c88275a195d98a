import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@dangjian/platform';
import { AssessmentConfig } from './config';

@Module({})
export class AppModule {
  static register(config: AssessmentConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ service: 'assessment', config })],
    };
  }
}
