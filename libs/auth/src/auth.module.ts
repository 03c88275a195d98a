import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { ServiceAccountTokens } from './service-token';
import { TokenVerifier } from './token-verifier';

export interface AuthOptions {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
  /** The audience tokens for the platform carry; `dangjian-platform` unless set. */
  audience?: string;
}

@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions, serviceTokens = new ServiceAccountTokens(options)): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: TokenVerifier, useValue: new TokenVerifier({ keycloakUrl: options.keycloakUrl, realm: options.realm, audience: options.audience }) },
        { provide: ServiceAccountTokens, useValue: serviceTokens },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier, ServiceAccountTokens],
    };
  }
}
