import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Connection, mongo, Types } from 'mongoose';
import { RegistryErrorCode } from '@dangjian/contracts';
import { DomainException } from '@dangjian/platform';

/** Uploaded files kept in GridFS until their import has finished, so that a restart can read them again. */
@Injectable()
export class ImportFiles {
  private readonly bucket: mongo.GridFSBucket;

  constructor(@InjectConnection() connection: Connection) {
    this.bucket = new mongo.GridFSBucket(connection.db as unknown as mongo.Db, { bucketName: 'import_files' });
  }

  /** Reads the upload (refusing it past maxBytes, before anything is stored), then stores it. */
  async save(body: Readable, fileName: string, maxBytes: number): Promise<{ fileId: Types.ObjectId; size: number; content: Buffer }> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size <= maxBytes) chunks.push(chunk as Buffer);
      else if (size > 4 * maxBytes) break; // far too large: stop reading, the connection is dropped
    }
    // Up to a point the rest is read and discarded: a client still sending would not read an early answer.
    if (size > maxBytes) {
      const mib = Math.round(maxBytes / 1024 / 1024);
      throw new DomainException(RegistryErrorCode.IMPORT_FILE_TOO_LARGE, `文件超过 ${mib} MB 上限，请拆分后分批导入 / The file exceeds the ${mib} MiB limit; split it`, {
        maxBytes,
      });
    }
    const file = Buffer.concat(chunks);
    const upload = this.bucket.openUploadStream(fileName);
    await pipeline(Readable.from([file]), upload);
    return { fileId: upload.id as Types.ObjectId, size, content: file };
  }

  /** Ids of files stored before the given time, oldest first. */
  async storedBefore(before: Date, limit: number): Promise<Types.ObjectId[]> {
    const files = await this.bucket.find({ uploadDate: { $lt: before } }, { sort: { uploadDate: 1 }, limit, projection: { _id: 1 } }).toArray();
    return files.map((f) => f._id as Types.ObjectId);
  }

  open(fileId: Types.ObjectId): Readable {
    return this.bucket.openDownloadStream(fileId);
  }

  async remove(fileId: Types.ObjectId): Promise<void> {
    await this.bucket.delete(fileId).catch(() => undefined);
  }
}
