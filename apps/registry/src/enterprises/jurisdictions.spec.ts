import { ServiceClient } from '@dangjian/messaging';
import { DomainException } from '@dangjian/platform';
import { Jurisdictions } from './jurisdictions';

describe(Jurisdictions.name, () => {
  const answering = (send: () => Promise<unknown>) => new Jurisdictions({ send } as unknown as ServiceClient);

  describe('find', () => {
    it('should pass on organization refusing the token as 401, not as an unavailable service', async () => {
      const jurisdictions = answering(async () => {
        throw { code: 'UNAUTHENTICATED', message: '请先登录 / Please sign in', status: 401 };
      });
      await expect(jurisdictions.find('/demo-county')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('should pass on a refused role as 403', async () => {
      const jurisdictions = answering(async () => {
        throw { code: 'FORBIDDEN', message: '无权执行此操作 / You are not allowed to do this', status: 403 };
      });
      await expect(jurisdictions.find('/demo-county')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('should call a timeout or a failure inside organization a dependency outage (503)', async () => {
      for (const failure of [new Error('Timeout has occurred'), { code: 'INTERNAL', status: 500 }]) {
        const jurisdictions = answering(async () => {
          throw failure;
        });
        const error = await jurisdictions.find('/demo-county').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DomainException);
        expect(error).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
      }
    });
  });
});
