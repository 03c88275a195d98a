import { AckPolicy, DeliverPolicy, JsMsg, NatsConnection } from 'nats';

/** Every message on a subject of a stream, read with a throw-away consumer (for assertions). */
export async function readStream(nc: NatsConnection, stream: string, subject: string): Promise<JsMsg[]> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(stream, { subjects_filter: subject });
  const expected = Object.values(info.state.subjects ?? {}).reduce((n, count) => n + count, 0);
  if (expected === 0) return [];
  const ci = await jsm.consumers.add(stream, { ack_policy: AckPolicy.None, deliver_policy: DeliverPolicy.All, filter_subject: subject });
  try {
    const consumer = await nc.jetstream().consumers.get(stream, ci.name);
    const out: JsMsg[] = [];
    for await (const msg of await consumer.fetch({ max_messages: expected, expires: 1000 })) out.push(msg);
    return out;
  } finally {
    await jsm.consumers.delete(stream, ci.name);
  }
}
