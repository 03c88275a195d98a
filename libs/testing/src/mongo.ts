import { randomBytes } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest's global setup or set it`);
  return value;
}

/** A fresh database per suite on the real MongoDB-wire server; dropped by `drop()`. */
export async function freshDatabase(suite: string): Promise<{ connection: Connection; dbName: string; drop(): Promise<void> }> {
  const dbName = `t_${suite.replace(/[^a-z0-9]/gi, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const connection = await mongoose.createConnection(requiredEnv('MONGO_URL'), { dbName, serverSelectionTimeoutMS: 10_000 }).asPromise();
  return {
    connection,
    dbName,
    async drop() {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    },
  };
}
