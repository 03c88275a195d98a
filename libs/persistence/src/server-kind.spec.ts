import { Connection } from 'mongoose';
import { matchesGuard, serverKind } from './server-kind';

/** A connection whose buildInfo answers from the given list in turn (an Error is thrown). */
function connectionAnswering(...answers: (Record<string, unknown> | Error)[]): Pick<Connection, 'db' | 'asPromise'> & { asked: () => number } {
  let asked = 0;
  const db = {
    admin: () => ({
      command: async () => {
        const answer = answers[Math.min(asked++, answers.length - 1)];
        if (answer instanceof Error) throw answer;
        return answer;
      },
    }),
  };
  return { db, asPromise: async () => ({ db }), asked: () => asked } as unknown as Pick<Connection, 'db' | 'asPromise'> & { asked: () => number };
}

describe('serverKind', () => {
  it('should retry a failed buildInfo instead of guessing MongoDB', async () => {
    const connection = connectionAnswering(new Error('connection reset'), { version: '7.0.0', ferretdbVersion: 'v1.24.2' });
    await expect(serverKind(connection)).resolves.toBe('ferretdb');
    expect(connection.asked()).toBe(2);
  });

  it('should fail, and ask again next time, when the server never answers', async () => {
    const connection = connectionAnswering(new Error('down'), new Error('down'), new Error('down'), { version: '7.0.14' });
    await expect(serverKind(connection)).rejects.toThrow(/cannot tell MongoDB from FerretDB/);
    await expect(serverKind(connection)).resolves.toBe('mongodb');
  });

  it('should ask once per connection', async () => {
    const connection = connectionAnswering({ version: '7.0.14' });
    await serverKind(connection);
    await serverKind(connection);
    expect(connection.asked()).toBe(1);
  });
});


describe('matchesGuard', () => {
  const doc = { __v: 2, status: 'operating', _events: [{ id: 'e1' }, { id: 'e2' }] };

  it('should match equal values at top-level and dotted paths', () => {
    expect(matchesGuard(doc, { __v: 2 })).toBe(true);
    expect(matchesGuard(doc, { '_events.0.id': 'e1', status: 'operating' })).toBe(true);
  });

  it('should not match a different or missing value', () => {
    expect(matchesGuard(doc, { __v: 1 })).toBe(false);
    expect(matchesGuard(doc, { '_events.0.id': 'e2' })).toBe(false);
    expect(matchesGuard({ _events: [] }, { '_events.0.id': 'e1' })).toBe(false);
  });
});
