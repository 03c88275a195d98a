import { App, Form, FormInstance } from 'antd';
import { useState } from 'react';
import { Api } from '../api/client';
import { errorMessage, useApi } from '../api/hooks';
import { showFieldErrors } from '../lib/forms';

/** Runs one API action: a success message and `after` when it worked, the service's message when it did not. */
export function useAction(): (action: (api: Api) => Promise<unknown>, success: string, after?: () => void) => Promise<boolean> {
  const api = useApi();
  const { message } = App.useApp();
  return async (action, success, after) => {
    try {
      await action(api);
      message.success(success);
      after?.();
      return true;
    } catch (error) {
      message.error(errorMessage(error));
      return false;
    }
  };
}

/**
 * A dialog's form: `save` validates, submits, and on a refusal puts the service's field errors beside the fields
 * (through `formField` where the request nests the form's values) and its message in `banner`.
 */
export function useDialogForm<T extends object>(
  submit: (api: Api, values: T) => Promise<unknown>,
  onDone: (changed: boolean) => void,
  success: string,
  formField?: (field: string) => string,
): { form: FormInstance<T>; banner?: string; saving: boolean; save(): Promise<void> } {
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const [banner, setBanner] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await submit(api, values);
      message.success(success);
      onDone(true);
    } catch (error) {
      setBanner(showFieldErrors(form, error, formField));
    } finally {
      setSaving(false);
    }
  };
  return { form, banner, saving, save };
}
