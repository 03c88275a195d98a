import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicScan } from '@dangjian/platform';
import { INSTRUCTOR_CONFIG, InstructorConfig } from '../config';
import { RequestsService } from './requests.service';

/** Escalates open enterprise requests past their time limit, every REQUEST_SCAN_MS. */
@Injectable()
export class RequestEscalation extends PeriodicScan {
  protected readonly logger = new Logger(RequestEscalation.name);

  constructor(
    @Inject(INSTRUCTOR_CONFIG) private readonly config: InstructorConfig,
    private readonly requests: RequestsService,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.REQUEST_SCAN_MS;
  }

  runOnce(): Promise<number> {
    return this.requests.escalateOverdue();
  }
}
