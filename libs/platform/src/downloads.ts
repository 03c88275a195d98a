import { StreamableFile } from '@nestjs/common';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook as a download: an ASCII file name for old clients, the Chinese one for the rest (RFC 6266). */
export function xlsxDownload(workbook: Buffer, asciiName: string, displayName: string): StreamableFile {
  return new StreamableFile(workbook, {
    type: XLSX_TYPE,
    disposition: `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(displayName)}`,
  });
}
