import { DiscardPolicy, JetStreamManager, NatsError, RetentionPolicy, StorageType, StreamConfig, nanos } from 'nats';
import { DEAD_LETTER_STREAM, SERVICE_NAMES, ServiceName, eventStreamName, eventSubjectPrefix } from '@dangjian/contracts';

/** How long JetStream remembers a Nats-Msg-Id to drop a duplicate publish. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Settings an operator chooses per deployment; the rest of a stream's defaults are ours. */
export interface StreamSettings {
  /** JetStream replicas of a new stream (1 for one server, 3 for a production cluster). */
  replicas: number;
}

const DEFAULT_SETTINGS: StreamSettings = { replicas: 1 };

export function serviceStreamConfig(service: ServiceName, settings: StreamSettings = DEFAULT_SETTINGS): Partial<StreamConfig> {
  return {
    name: eventStreamName(service),
    subjects: [`${eventSubjectPrefix(service)}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: nanos(30 * DAY_MS),
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    num_replicas: settings.replicas,
  };
}

export function deadLetterStreamConfig(settings: StreamSettings = DEFAULT_SETTINGS): Partial<StreamConfig> {
  return {
    name: DEAD_LETTER_STREAM,
    subjects: ['dlq.>'],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_age: nanos(90 * DAY_MS),
    num_replicas: settings.replicas,
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof NatsError && (error.api_error?.err_code === 10059 || /not found/i.test(error.message));
}

/**
 * Creates the stream with this config; an existing stream keeps every setting an operator may have
 * changed (replicas, limits, retention) and only gets our subjects back if they differ. Safe at every start.
 */
export async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig>, { restoreSubjects = true } = {}): Promise<void> {
  const name = config.name as string;
  try {
    const info = await jsm.streams.info(name);
    const subjects = config.subjects ?? [];
    const same = info.config.subjects.length === subjects.length && subjects.every((s) => info.config.subjects.includes(s));
    if (!same && restoreSubjects) await jsm.streams.update(name, { ...info.config, subjects });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another replica created it between our look and our add.
      if (!(addError instanceof NatsError && addError.api_error?.err_code === 10058)) throw addError;
    }
  }
}

/**
 * Every service creates every missing stream at start (same config from this one place), so a
 * consumer can bind to another service's stream even when that service has not started yet. Only
 * the owner (and anyone, for the dead letters) changes an existing stream: NATS lets each service
 * update only its own.
 */
export async function ensureAllStreams(jsm: JetStreamManager, settings: StreamSettings = DEFAULT_SETTINGS, owner?: ServiceName): Promise<void> {
  for (const service of SERVICE_NAMES) {
    await ensureStream(jsm, serviceStreamConfig(service, settings), { restoreSubjects: owner === undefined || owner === service });
  }
  await ensureStream(jsm, deadLetterStreamConfig(settings));
}
