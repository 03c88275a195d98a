import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { LedgerWriter } from './ledger-writer';

/** Bulk writes to the ledger, shared by file imports and the data-hub connector. */
@Module({
  imports: [EnterprisesModule],
  providers: [LedgerWriter],
  exports: [LedgerWriter, EnterprisesModule],
})
export class LedgerModule {}
