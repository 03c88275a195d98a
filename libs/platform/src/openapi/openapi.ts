import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiParam, OpenAPIObject } from '@nestjs/swagger';
import { CommonErrorCode, ErrorCode } from '@dangjian/contracts';
import { httpStatusOf } from '../errors/domain-exception';

/** Operation extension listing the domain error codes it may answer; the document turns them into responses. */
export const ERROR_CODES_EXTENSION = 'x-error-codes';

/** The domain errors an operation may answer beyond those every operation documents (validation, auth, 404, 413, 415). */
export function ApiErrors(...codes: ErrorCode[]) {
  return ApiExtension(ERROR_CODES_EXTENSION, codes);
}

/** Path parameters that are record ids (UUIDs), checked by ParseUUIDPipe. */
export function UuidParams(...names: string[]) {
  return applyDecorators(...names.map((name) => ApiParam({ name, type: String, format: 'uuid', description: '记录 id（UUID）/ record id (UUID)' })));
}

type Operation = {
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
  [ERROR_CODES_EXTENSION]?: ErrorCode[];
};

/** The codes an operation may answer: what every operation of its shape can, and what it declares. */
export function operationErrorCodes(path: string, operation: Operation): ErrorCode[] {
  const codes: ErrorCode[] = [CommonErrorCode.VALIDATION_FAILED];
  if (operation.security?.length) codes.push(CommonErrorCode.UNAUTHENTICATED, CommonErrorCode.FORBIDDEN);
  if (path.includes('{')) codes.push(CommonErrorCode.NOT_FOUND);
  if (operation.requestBody) codes.push(CommonErrorCode.PAYLOAD_TOO_LARGE, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE);
  return [...new Set([...codes, ...(operation[ERROR_CODES_EXTENSION] ?? [])])];
}

/**
 * Adds every operation's error answers to the document: one response per status, with the error body's
 * schema and the codes that status can carry there, so clients and fuzzers know each answer's shape.
 */
export function documentErrors(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      if (!operation?.responses) continue;
      const byStatus = new Map<number, ErrorCode[]>();
      for (const code of operationErrorCodes(path, operation)) {
        const status = httpStatusOf(code);
        byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
      }
      for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
        operation.responses[String(status)] = {
          description: codes.join(' · '),
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['code', 'message'],
                properties: {
                  code: { type: 'string', enum: codes },
                  message: { type: 'string', description: '中文在前，英文在后 / Chinese, then English after " / "' },
                  details: {},
                  requestId: { type: 'string' },
                },
              },
            },
          },
        };
      }
    }
  }
  return document;
}
