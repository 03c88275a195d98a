import { Connection } from 'mongoose';

/** A connection whose buildInfo answers from the given list in turn (an Error is thrown). */
export function connectionAnswering(...answers: (Record<string, unknown> | Error)[]): Pick<Connection, 'db' | 'asPromise'> & { asked: () => number } {
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
