import { connectionAnswering } from './__fixtures__/answering-connection';
import { serverKind } from './server-kind';

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

