import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@dangjian/platform';
import { InstructorConfig } from './config';

@Module({})
export class AppModule {
  static register(config: InstructorConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ service: 'instructor', config })],
    };
  }
}
