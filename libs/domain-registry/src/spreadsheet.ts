/**
 * A cell value that a spreadsheet program would not run as a formula: text starting with = + - @
 * (or a tab or carriage return before one) gets a leading apostrophe, the usual defence against
 * formula injection in exported ledgers.
 */
export function safeCell(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field: quoted when it holds a comma, quote or line break, and formula-safe. */
export function csvField(value: unknown): string {
  const cell = safeCell(value);
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
