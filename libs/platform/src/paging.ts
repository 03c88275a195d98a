import { CommonErrorCode } from '@dangjian/contracts';
import { DomainException } from './errors/domain-exception';

/** A page's `next`: the sort values of its last row, opaque to the client. */
export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort values a `next` carried, `length` strings; a cursor not made by encodeCursor is a 400. */
export function decodeCursor(cursor: string | undefined, length: number): string[] | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    // falls through to the error below
  }
  throw new DomainException(CommonErrorCode.VALIDATION_FAILED, '分页游标无效，请从第一页重新查询 / Invalid cursor, start again from the first page', { field: 'cursor' });
}

/** Every row of a cursor-paged list, page after page (exports): `page` answers one page from a cursor. */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
  const rows: T[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const answer = await page(cursor);
    rows.push(...answer.items);
    cursor = answer.next;
  }
  return rows;
}
