import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/errors';

/**
 * Shows an API refusal on the form: each field the service named gets its problems beside it; the message
 * for the whole request is returned for a banner. Fields the form does not have stay in the banner.
 */
export function showFieldErrors(form: FormInstance, error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const fields = error.fieldErrors().filter((f) => known.has(f.field.split('.')[0]));
  form.setFields(fields.map((f) => ({ name: f.field.split('.'), errors: f.problems })));
  return errorMessage(error);
}
