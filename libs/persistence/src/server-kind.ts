import { Connection } from 'mongoose';

/**
 * MongoDB or FerretDB behind the connection. Only libs/persistence asks: its storage port
 * (`storageFor`) has one implementation per server kind.
 */
export type ServerKind = 'mongodb' | 'ferretdb';

const kinds = new WeakMap<object, Promise<ServerKind>>();
const DETECT_ATTEMPTS = 3;

/** Whom to ask: the connection's database once it is open. */
type Detectable = Pick<Connection, 'db' | 'asPromise'>;

/**
 * Which server this is, asked once per database and remembered. Never guessed: a failed `buildInfo`
 * is retried, and if it still fails the caller's operation fails and the next call asks again (a
 * wrong guess of MongoDB made FerretDB writes rely on atomic updates it does not have).
 */
export function serverKind(connection: Detectable): Promise<ServerKind> {
  const key = connection as object;
  let kind = kinds.get(key);
  if (!kind) {
    kind = detect(connection);
    kinds.set(key, kind);
    kind.catch(() => kinds.delete(key));
  }
  return kind;
}

async function detect(connection: Detectable): Promise<ServerKind> {
  for (let attempt = 1; ; attempt++) {
    try {
      const db = connection.db ?? (await connection.asPromise()).db;
      if (!db) throw new Error('no database on the connection');
      const info = await db.admin().command({ buildInfo: 1 });
      return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
    } catch (error) {
      if (attempt >= DETECT_ATTEMPTS) throw new Error(`cannot tell MongoDB from FerretDB: buildInfo failed ${attempt} times (${error instanceof Error ? error.message : String(error)})`);
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}
