import { withDocumentLock } from './document-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('withDocumentLock', () => {
  it('should run writes to one document one after another, in call order', async () => {
    const log: string[] = [];
    const write = (name: string) =>
      withDocumentLock('things:1', async () => {
        log.push(`${name}:start`);
        await tick();
        log.push(`${name}:end`);
      });
    await Promise.all([write('a'), write('b'), write('c')]);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });

  it('should let writes to different documents overlap', async () => {
    const log: string[] = [];
    const write = (key: string) =>
      withDocumentLock(key, async () => {
        log.push(`${key}:start`);
        await tick();
        log.push(`${key}:end`);
      });
    await Promise.all([write('things:1'), write('things:2')]);
    expect(log.slice(0, 2)).toEqual(['things:1:start', 'things:2:start']);
  });

  it('should go on after a failed write and pass its error to its caller only', async () => {
    const failed = withDocumentLock('things:3', async () => {
      throw new Error('boom');
    });
    const next = withDocumentLock('things:3', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
