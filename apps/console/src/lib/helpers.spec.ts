import { ApiError } from '../api/errors';
import { fieldName } from './forms';
import { filterQuery, homePath } from './scope';
import { orgTree } from './tree';
import type { OrgUnit } from '../pages/views';

const unit = (path: string, parentPath: string | null, label = path): OrgUnit => ({ id: path, path, parentPath, name: path.split('/').pop()!, label, kind: 'park', kindLabel: '园区' });

describe('console helpers', () => {
  it('starts a user at the widest subtree the token names', () => {
    expect(homePath(['/demo-county/econ-dev-zone/machinery-gb', '/demo-county/hi-tech-park'])).toBe('/demo-county/hi-tech-park');
    expect(homePath([])).toBeUndefined();
  });

  it('puts only the filters that are set into the export link', () => {
    expect(filterQuery({ q: '浩丰', kind: undefined, status: '', employeesMin: 0, hasMembers: 'true' })).toBe('q=%E6%B5%A9%E4%B8%B0&employeesMin=0&hasMembers=true');
  });

  it('builds the tree from a flat list, making a unit whose parent is not visible a root', () => {
    const tree = orgTree([unit('/c/p/b', '/c/p'), unit('/c/p', '/c'), unit('/c/q/x', '/c/q')]);
    expect(tree.map((n) => n.value)).toEqual(['/c/p', '/c/q/x']);
    expect(tree[0].children.map((n) => n.value)).toEqual(['/c/p/b']);
  });

  it('reads field problems from the validation pipe’s list and from a domain error naming one field', () => {
    const piped = new ApiError(400, { code: 'VALIDATION_FAILED', message: '请求内容有误', details: [{ field: 'settings.jointBranchMaxEnterprises', problems: ['应为 2–100 的整数'] }, { nonsense: true }] });
    expect(piped.fieldErrors()).toEqual([{ field: 'settings.jointBranchMaxEnterprises', problems: ['应为 2–100 的整数'] }]);
    const domain = new ApiError(422, { code: 'ORG_UNIT_CYCLE', message: '不能移到自己的下级', details: { field: 'parentPath' } });
    expect(domain.fieldErrors()).toEqual([{ field: 'parentPath', problems: ['不能移到自己的下级'] }]);
    expect(new ApiError(500, { code: 'INTERNAL', message: '内部错误' }).fieldErrors()).toEqual([]);
  });

  it('names a Form.List item’s field the way antd does', () => {
    expect(fieldName('coverageTargets.1.work')).toEqual(['coverageTargets', 1, 'work']);
  });
});
