import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { EnterprisesRepository } from '../enterprises/enterprises.repository';
import { Jurisdictions } from '../enterprises/jurisdictions';
import { sheetRecords } from '../ledger/spreadsheet-reader';
import { ImportsService } from './imports.service';

export const DEMO_LEDGER = Symbol('DEMO_LEDGER');
export interface DemoLedgerSettings {
  file?: string;
  scope: string;
  maxBytes: number;
}

/**
 * Development only: an empty ledger gets the demo county's enterprises, imported from
 * deploy/seed/demo-ledger.csv like any uploaded file, once organization has seeded the parks.
 */
@Injectable()
export class DemoLedgerSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoLedgerSeed.name);

  constructor(
    @Inject(DEMO_LEDGER) private readonly settings: DemoLedgerSettings,
    private readonly imports: ImportsService,
    private readonly enterprises: EnterprisesRepository,
    private readonly jurisdictions: Jurisdictions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.file) void this.seed(this.settings.file).catch((error) => this.logger.error({ err: error }, 'demo ledger not seeded'));
  }

  private async seed(file: string): Promise<void> {
    const fileName = path.basename(file);
    if ((await this.enterprises.model.estimatedDocumentCount()) > 0 || (await this.imports.jobs.exists({ fileName }))) return;
    const paths = new Set<string>();
    for await (const record of sheetRecords(createReadStream(file), 'csv')) if (!('headers' in record)) paths.add(record.cells['所属辖区']);
    for (let attempt = 0; ; attempt++) {
      const found = await Promise.all([...paths].map((p) => this.jurisdictions.find(p).catch(() => null)));
      if (found.every(Boolean)) break;
      if (attempt === 90) throw new Error(`jurisdictions not found in organization: ${[...paths].join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    const job = await this.imports.accept({
      body: createReadStream(file),
      fileName,
      source: 'upload',
      scopes: [this.settings.scope],
      by: { kind: 'system', id: 'registry', username: 'demo-seed' },
      maxBytes: this.settings.maxBytes,
    });
    this.logger.log({ jobId: job.id, rows: job.totalRows }, 'demo ledger import queued');
  }
}
