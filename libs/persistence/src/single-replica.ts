import { Logger } from '@nestjs/common';
import { Connection } from 'mongoose';

/** The collection where, on FerretDB, the one running replica of a service holds its lease. */
export const REPLICA_LEASE_COLLECTION = 'replica_lease';

interface ReplicaLeaseDoc {
  _id: string;
  epoch: number;
  instance: string;
  beat: number;
  heartbeatAt: Date;
  startedAt: Date;
  releasedAt?: Date;
}

export interface SingleReplicaOptions {
  service: string;
  instance: string;
  /** How often the holder shows it is alive. */
  heartbeatMs?: number;
  /** How long a holder's heartbeat may stand still before its lease is taken over. */
  lapseMs?: number;
}

/** Another live replica of the service holds the lease: this process must not start. */
export class ReplicaRefused extends Error {
  constructor(
    readonly service: string,
    readonly holder: string,
  ) {
    super(
      `${service} 已有一个副本在运行（${holder}）：FerretDB 上每个服务只能运行一个副本；要运行多个副本，请使用 MongoDB / ` +
        `another replica of ${service} is running (${holder}); on FerretDB each service runs as one replica (its per-document lock lives in one process) — run more replicas on MongoDB`,
    );
  }
}

const leaseId = (epoch: number) => `lease:${String(epoch).padStart(12, '0')}`;

/**
 * One replica per service on FerretDB, enforced. FerretDB 1.24 updates without atomicity, so the
 * platform serializes writes to a document inside one process; a second replica would race it.
 * Leases are documents numbered by epoch, and the unique `_id` of an insert (atomic on every
 * server) decides who takes the next one. The holder counts heartbeats in its own lease; a starter
 * finding a lease not released waits until the count stands still for `lapseMs` (a crashed
 * holder) or refuses to start (a live one). A holder that finds a newer lease than its own (it was
 * paused longer than `lapseMs` and replaced) stops.
 */
export class SingleReplicaLease {
  private readonly logger = new Logger('SingleReplica');
  private readonly heartbeatMs: number;
  private readonly lapseMs: number;
  private epoch?: number;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly connection: Connection,
    private readonly options: SingleReplicaOptions,
    /** Called once when a newer lease shows this process was replaced. */
    private readonly onReplaced: () => void,
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 2000;
    this.lapseMs = options.lapseMs ?? 6000;
  }

  private get leases() {
    return this.connection.collection<ReplicaLeaseDoc>(REPLICA_LEASE_COLLECTION);
  }

  /** Takes the lease, waiting out a crashed holder; throws ReplicaRefused when a live one holds it. */
  async acquire(): Promise<void> {
    for (;;) {
      const [latest] = await this.leases.find({}).sort({ epoch: -1 }).limit(1).toArray();
      if (latest && !(await this.lapsed(latest))) throw new ReplicaRefused(this.options.service, latest.instance);
      const epoch = (latest?.epoch ?? 0) + 1;
      const now = new Date();
      try {
        await this.leases.insertOne({ _id: leaseId(epoch), epoch, instance: this.options.instance, beat: 0, heartbeatAt: now, startedAt: now });
      } catch (error) {
        if ((error as { code?: number }).code === 11000) continue; // another starter took it first: look again
        throw error;
      }
      this.epoch = epoch;
      await this.leases.deleteMany({ epoch: { $lt: epoch } });
      this.timer = setInterval(() => void this.heartbeat(), this.heartbeatMs);
      this.timer.unref();
      return;
    }
  }

  /** Gives the lease up at a clean stop, so the next start need not wait. */
  async release(): Promise<void> {
    clearInterval(this.timer);
    if (this.epoch === undefined) return;
    await this.leases.updateOne({ _id: leaseId(this.epoch) }, { $set: { releasedAt: new Date() } });
    this.epoch = undefined;
  }

  private async lapsed(lease: ReplicaLeaseDoc): Promise<boolean> {
    if (lease.releasedAt) return true;
    this.logger.warn(`the last replica of ${this.options.service} (${lease.instance}) did not stop cleanly; waiting up to ${this.lapseMs} ms to see whether it is alive`);
    const until = Date.now() + this.lapseMs;
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, this.heartbeatMs)));
      const now = await this.leases.findOne({ _id: lease._id });
      if (!now || now.releasedAt) return true;
      if (now.beat !== lease.beat) return false;
    }
    return true;
  }

  private async heartbeat(): Promise<void> {
    if (this.epoch === undefined) return;
    try {
      if (await this.leases.findOne({ _id: leaseId(this.epoch + 1) }, { projection: { _id: 1 } })) {
        this.logger.error(`another replica of ${this.options.service} took over the lease while this one stood still; stopping`);
        clearInterval(this.timer);
        this.epoch = undefined;
        this.onReplaced();
        return;
      }
      await this.leases.updateOne({ _id: leaseId(this.epoch) }, { $set: { heartbeatAt: new Date() }, $inc: { beat: 1 } });
    } catch (error) {
      this.logger.warn({ err: error }, 'replica lease heartbeat failed; retrying');
    }
  }
}
