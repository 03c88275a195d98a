import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Every request body and query is validated; unknown fields are refused, not silently dropped. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const fields = details.map((d) => d.field).join('、');
      return new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: `请求内容有误，请检查：${fields} / Invalid request, check: ${fields}`,
        details,
      });
    },
  });
}
