import { describe, expect, it } from "vitest";
import { crc32, withTextChunk } from "./png.js";

// The smallest valid PNG header: signature + IHDR (1x1, 8-bit greyscale) followed by a fake IEND.
const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ihdrData = [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0];
const ihdrTyped = new Uint8Array([..."IHDR"].map((char) => char.charCodeAt(0)).concat(ihdrData));
const crc = crc32(ihdrTyped);
const png = new Uint8Array([
  ...signature,
  0,
  0,
  0,
  13,
  ...ihdrTyped,
  crc >>> 24,
  (crc >>> 16) & 255,
  (crc >>> 8) & 255,
  crc & 255,
  0,
  0,
  0,
  0,
  0x49,
  0x45,
  0x4e,
  0x44,
]);

describe("crc32", () => {
  it("matches the reference value of '123456789'", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("withTextChunk", () => {
  it("inserts a tEXt chunk with a valid CRC right after IHDR", () => {
    const out = withTextChunk(png, "Source", "Epoch AI, CC BY 4.0");
    const view = new DataView(out.buffer);
    const at = 33;
    const length = view.getUint32(at);
    const typed = out.slice(at + 4, at + 8 + length);
    expect(new TextDecoder("latin1").decode(typed)).toBe("tEXtSource\0Epoch AI, CC BY 4.0");
    expect(view.getUint32(at + 8 + length)).toBe(crc32(typed));
    expect(out.length).toBe(png.length + 12 + length);
    expect([...out.slice(out.length - 4)]).toEqual([0x49, 0x45, 0x4e, 0x44]);
  });
});
