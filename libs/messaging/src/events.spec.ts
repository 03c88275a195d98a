import { z } from 'zod';
import { defineEvent } from '@dangjian/contracts';
import { InvalidEventError, createEvent, parseEnvelope, parsePayload } from './events';
import { nextFullScanDelay, pushEvents, withEvents } from './outbox';
import { retryDelayMs } from './consumer';

const EnterpriseCounted = defineEvent('registry.enterprise.counted.v1', z.object({ members: z.number().int().min(0) }));
const actor = { kind: 'user' as const, id: 'u1' };

describe('createEvent', () => {
  it('should build an envelope with a fresh id, the type, version and source', () => {
    const event = createEvent('registry', EnterpriseCounted, { subject: 'e1', data: { members: 3 }, actor, requestId: 'r1' });
    expect(event).toMatchObject({ type: 'registry.enterprise.counted.v1', version: 1, source: 'registry', subject: 'e1', requestId: 'r1' });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(createEvent('registry', EnterpriseCounted, { subject: 'e1', data: { members: 3 }, actor }).id).not.toBe(event.id);
  });

  it('should refuse a payload that breaks the event schema', () => {
    expect(() => createEvent('registry', EnterpriseCounted, { subject: 'e1', data: { members: -1 }, actor })).toThrow(InvalidEventError);
  });
});

describe('defineEvent', () => {
  it('should refuse a type that is not <service>.<entity>.<verb>.v<n>', () => {
    expect(() => defineEvent('EnterpriseCounted', z.object({}))).toThrow(/must look like/);
  });
  it('should read the version from the type', () => {
    expect(defineEvent('registry.enterprise.counted.v7', z.object({})).version).toBe(7);
  });
});

describe('parseEnvelope', () => {
  it('should round-trip an envelope', () => {
    const event = createEvent('registry', EnterpriseCounted, { subject: 'e1', data: { members: 3 }, actor });
    expect(parseEnvelope(Buffer.from(JSON.stringify(event)))).toEqual(event);
  });
  it('should reject text that is not JSON', () => {
    expect(() => parseEnvelope('nope {')).toThrow('message is not JSON');
  });
  it('should reject JSON that is not an envelope', () => {
    expect(() => parseEnvelope(JSON.stringify({ hello: 'world' }))).toThrow(/not an event envelope/);
  });
});

describe('parsePayload', () => {
  it('should refuse an envelope of another type', () => {
    const other = defineEvent('registry.enterprise.removed.v1', z.object({}));
    const event = createEvent('registry', other, { subject: 'e1', data: {}, actor });
    expect(() => parsePayload(event, EnterpriseCounted)).toThrow(/expected registry.enterprise.counted.v1/);
  });
});

describe('outbox helpers', () => {
  const event = createEvent('registry', EnterpriseCounted, { subject: 'e1', data: { members: 3 }, actor });

  it('withEvents should attach the events to a new document', () => {
    expect(withEvents({ name: 'a' }, event)).toEqual({ name: 'a', _events: [event] });
  });

  it('pushEvents should add the events to the same update, keeping other pushes', () => {
    expect(pushEvents({ $set: { name: 'b' }, $push: { tags: 'x' } }, event)).toEqual({
      $set: { name: 'b' },
      $push: { tags: 'x', _events: { $each: [event] } },
    });
  });
});

describe('retryDelayMs', () => {
  it('should double with each attempt from the base', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 100, 10_000))).toEqual([100, 200, 400, 800]);
  });
  it('should never exceed the maximum', () => {
    expect(retryDelayMs(30, 1000, 60_000)).toBe(60_000);
  });
});

describe('nextFullScanDelay', () => {
  it('should keep the configured interval after a quick scan', () => {
    expect(nextFullScanDelay(30_000, 40)).toBe(30_000);
  });

  it('should space out a slow scan so that scanning takes at most a twentieth of the time', () => {
    expect(nextFullScanDelay(30_000, 25_000)).toBe(500_000);
  });
});
