import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { REQUEST_TEXT_PROBLEMS, cleanRequestValue } from './request-text';

function flatten(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** 400 VALIDATION_FAILED naming each field with its problems: the pipe's answer, also for checks a service makes itself. */
export function invalidFields(details: { field: string; problems: string[] }[]): BadRequestException {
  const fields = details.map((d) => d.field || '(body)').join('、');
  return new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: `请求内容有误，请检查：${fields} / Invalid request, check: ${fields}`,
    details,
  });
}

/**
 * Every HTTP request body and query is cleaned (text trimmed; control characters, nulls
 * and deep nesting refused) and then validated; unknown fields are refused, not silently dropped.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const cleaned = cleanRequestValue(value);
      if ('problem' in cleaned) throw invalidFields([{ field: cleaned.problem.field, problems: [REQUEST_TEXT_PROBLEMS[cleaned.problem.problem]] }]);
      value = cleaned.value;
    }
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => invalidFields(flatten(errors)),
  });
}
