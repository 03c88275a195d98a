import { NotFoundException } from '@nestjs/common';
import { OrgUnitsHandler } from './org-units.handler';
import { OrgUnitsService } from './org-units.service';

describe(OrgUnitsHandler.name, () => {
  const handlerWith = (getByPath: OrgUnitsService['getByPath']) => new OrgUnitsHandler({ getByPath } as OrgUnitsService);

  describe('get', () => {
    it('should answer null for a path outside the tree or the caller scope', async () => {
      const handler = handlerWith(async () => {
        throw new NotFoundException({ code: 'NOT_FOUND' });
      });
      await expect(handler.get({ path: '/demo-county/nowhere' })).resolves.toBeNull();
    });

    it('should let a database failure through instead of calling the path unknown', async () => {
      const handler = handlerWith(async () => {
        throw new Error('connection to the database lost');
      });
      await expect(handler.get({ path: '/demo-county/econ-dev-zone' })).rejects.toThrow('connection to the database lost');
    });
  });
});
