import { gunzipSync } from 'node:zlib';

/** One regular file inside a tar archive. */
export interface TarFile {
  readonly path: string;
  readonly data: Buffer;
}

const block = 512;

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** The `path` record of a PAX extended header, if any. */
function paxPath(data: Buffer): string | undefined {
  let rest = data.toString('utf8');
  while (rest.length > 0) {
    const space = rest.indexOf(' ');
    const length = Number(rest.slice(0, space));
    if (!Number.isInteger(length) || length <= 0) return undefined;
    const record = rest.slice(space + 1, length - 1);
    if (record.startsWith('path=')) return record.slice('path='.length);
    rest = rest.slice(length);
  }
  return undefined;
}

/**
 * The regular files of a gzipped tar (what `helm package` writes), in archive order.
 * Understands the ustar prefix, PAX and GNU long names Go's archive/tar may emit.
 */
export function readTarGz(archive: Buffer, source: string): TarFile[] {
  const tar = gunzipSync(archive);
  const files: TarFile[] = [];
  let longName: string | undefined;
  let offset = 0;
  while (offset + block <= tar.length) {
    const header = tar.subarray(offset, offset + block);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size)) throw new Error(`${source}: corrupt tar header at byte ${offset}`);
    const type = field(header, 156, 1) || '0';
    const data = tar.subarray(offset + block, offset + block + size);
    if (data.length !== size) throw new Error(`${source}: truncated tar entry at byte ${offset}`);
    const prefix = field(header, 345, 155);
    const name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
    if (type === 'x') longName = paxPath(data);
    else if (type === 'L') longName = data.toString('utf8').replace(/\0+$/, '');
    else {
      if (type === '0') files.push({ path: longName ?? name, data: Buffer.from(data) });
      longName = undefined;
    }
    offset += block + Math.ceil(size / block) * block;
  }
  return files;
}
