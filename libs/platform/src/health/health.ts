import { Controller, Get, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService, MongooseHealthIndicator } from '@nestjs/terminus';
import { NatsConnection } from 'nats';
import { Public } from '@dangjian/auth';
import { NATS_CONNECTION, NatsLinks } from '@dangjian/messaging';

/** Set when SIGTERM arrives: readiness turns 503 so traffic moves away before the drain. */
@Injectable()
export class ShutdownState {
  shuttingDown = false;
}

@Injectable()
export class NatsHealthIndicator {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly links: NatsLinks,
    private readonly indicators: HealthIndicatorService,
  ) {}

  /** JetStream answers on the service's connection, and the request/reply client and server are connected. */
  async check(key: string): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(key);
    if (this.nc.isClosed()) return session.down({ message: 'connection closed' });
    const down = this.links.down();
    if (Object.keys(down).length) return session.down({ message: 'request/reply links not connected', links: down });
    try {
      const started = Date.now();
      await Promise.race([
        this.nc.flush(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no answer from NATS within 2 s')), 2000)),
      ]);
      const jsm = await this.nc.jetstreamManager({ timeout: 2000 });
      await jsm.getAccountInfo();
      return session.up({ server: this.nc.getServer(), rttMs: Date.now() - started });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}

@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly mongo: MongooseHealthIndicator,
    private readonly nats: NatsHealthIndicator,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The process runs and its event loop answers. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** MongoDB and NATS (with JetStream) answer, and the process is not shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.shutdown.shuttingDown) {
      throw new ServiceUnavailableException({ status: 'shutting-down' });
    }
    return this.health.check([() => this.mongo.pingCheck('mongodb', { timeout: 2000 }), () => this.nats.check('nats')]);
  }
}
