import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { Action, ResourceKind } from './role-matrix';

export const ACCESS_KEY = 'dangjian:access';
export const PUBLIC_KEY = 'dangjian:public';

export interface AccessRequirement {
  resource: ResourceKind;
  action: Action;
}

/** The role check for an endpoint or message handler: which action on which resource kind. */
export function Access(resource: ResourceKind, action: Action) {
  return applyDecorators(SetMetadata(ACCESS_KEY, { resource, action } satisfies AccessRequirement), ApiBearerAuth());
}

/** An HTTP endpoint anyone may call (probes, metrics, docs). Message handlers are never public. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
