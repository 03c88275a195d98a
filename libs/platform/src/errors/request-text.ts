// What every request body and query passes before validation: text trimmed, and nothing that
// can hide in a record or crash a validator (control and bidi-override characters, lone
// surrogates, nulls, nesting deeper than any of our payloads).

/** Deeper than any payload we accept; a 5,000-level document once overflowed the validator's stack. */
export const MAX_DEPTH = 16;

// C0 controls but tab, line feed and carriage return; DEL and C1; bidi embeddings, overrides and isolates;
// lone surrogate halves.
// eslint-disable-next-line no-control-regex -- finding control characters is this expression's job
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type RequestTextProblem = { field: string; problem: 'too-deep' | 'control-character' | 'null' };

export const REQUEST_TEXT_PROBLEMS: Record<RequestTextProblem['problem'], string> = {
  'too-deep': `嵌套层级过深（最多 ${MAX_DEPTH} 层）/ nested deeper than ${MAX_DEPTH} levels`,
  'control-character': '含有不可见的控制字符或文字方向控制符 / contains control or bidi-override characters',
  null: '不能为 null，不修改的字段请省略 / must not be null; leave out a field you do not change',
};

/**
 * Returns a copy with every string trimmed (String.prototype.trim: spaces, tabs, U+3000 and the
 * other Unicode spaces), or the first problem found. Iterative, so no input can exhaust the stack.
 */
export function cleanRequestValue(value: unknown): { value: unknown } | { problem: RequestTextProblem } {
  const root = { value };
  const stack: { holder: Record<string, unknown>; key: string; path: string; depth: number }[] = [{ holder: root, key: 'value', path: '', depth: 0 }];
  while (stack.length) {
    const { holder, key, path, depth } = stack.pop()!;
    const current = holder[key];
    if (typeof current === 'string') {
      if (FORBIDDEN.test(current)) return { problem: { field: path, problem: 'control-character' } };
      holder[key] = current.trim();
    } else if (current === null) {
      return { problem: { field: path, problem: 'null' } };
    } else if (typeof current === 'object' && current !== undefined && isPlainContainer(current)) {
      if (depth >= MAX_DEPTH) return { problem: { field: path, problem: 'too-deep' } };
      const copy: Record<string, unknown> = Array.isArray(current) ? ([...current] as unknown as Record<string, unknown>) : { ...current };
      holder[key] = copy;
      for (const child of Object.keys(copy)) {
        stack.push({ holder: copy, key: child, path: path ? `${path}.${child}` : child, depth: depth + 1 });
      }
    }
  }
  return { value: root.value };
}

/** Parsed JSON and query objects; a stream, buffer or class instance is handed on untouched. */
function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
