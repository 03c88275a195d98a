import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/errors';

/** `coverageTargets.0.work` → `['coverageTargets', 0, 'work']`, the name antd gives a Form.List item's field. */
export function fieldName(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows an API refusal on the form: each field the service named gets its problems beside it, and the
 * message for the whole request is returned for a banner above the form. `formField` maps the service's
 * field path to the form's where the two differ (a body nesting the form's values under a key).
 */
export function showFieldErrors(form: FormInstance, error: unknown, formField: (field: string) => string = (f) => f): string {
  if (error instanceof ApiError) {
    form.setFields(error.fieldErrors().map((f) => ({ name: fieldName(formField(f.field)) as never, errors: f.problems })));
  }
  return errorMessage(error);
}
