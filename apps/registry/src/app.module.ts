import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@dangjian/platform';
import { RegistryConfig } from './config';
import { CensusModule } from './census/census.module';
import { EnterprisesModule } from './enterprises/enterprises.module';

@Module({})
export class AppModule {
  static register(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ service: 'registry', config }), EnterprisesModule, CensusModule],
    };
  }
}
