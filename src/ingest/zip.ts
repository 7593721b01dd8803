import { crc32, inflateRawSync } from "node:zlib";

/** One file inside a ZIP archive, its bytes checked against the archive's CRC-32. */
export interface ZipMember {
  readonly name: string;
  readonly data: Buffer;
}

export class ZipError extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
// The end record is 22 bytes plus a comment of at most 65,535.
const MAX_END_RECORD = 22 + 0xffff;

function endOfCentralDirectory(zip: Buffer): number {
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - MAX_END_RECORD); offset--)
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  throw new ZipError("not a complete ZIP archive (no end record: cut short?)");
}

/**
 * Reads the named members of a ZIP archive (stored or deflated, as Epoch's are). A truncated or damaged archive,
 * a member that is missing, or one whose bytes do not match its CRC-32 is a ZipError: nothing half-read comes out.
 * `maxBytes` bounds each member's size, so a hostile archive cannot inflate without limit.
 */
export function readZipMembers(zip: Buffer, names: readonly string[], maxBytes: number): ZipMember[] {
  if (zip.length < 22 || zip.readUInt32LE(0) !== LOCAL_FILE_HEADER) throw new ZipError("not a ZIP archive");
  const end = endOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const found = new Map<string, ZipMember>();
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY)
      throw new ZipError("damaged ZIP archive (central directory)");
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    // Epoch's archives may put the files in a folder; members are matched by their base name.
    const wanted = names.find((candidate) => name === candidate || name.endsWith(`/${candidate}`));
    if (wanted === undefined) continue;
    if (size > maxBytes) throw new ZipError(`${name}: ${size} bytes, over the limit of ${maxBytes}`);
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER)
      throw new ZipError(`${name}: damaged ZIP archive (local header)`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (start + compressedSize > zip.length) throw new ZipError(`${name}: cut short`);
    const raw = zip.subarray(start, start + compressedSize);
    let data: Buffer;
    try {
      if (method === 0) data = Buffer.from(raw);
      else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: maxBytes });
      else throw new ZipError(`${name}: compression method ${method} is not supported`);
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError(`${name}: damaged data (${(error as Error).message})`);
    }
    if (data.length !== size || crc32(data) !== crc) throw new ZipError(`${name}: damaged data (CRC-32 differs)`);
    found.set(wanted, { name: wanted, data });
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) throw new ZipError(`no ${missing.join(", ")} in the archive`);
  return names.map((name) => found.get(name)!);
}
