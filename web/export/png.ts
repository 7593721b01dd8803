/**
 * Rasterises a composed SVG (whose citation is drawn in it) to PNG at twice the size, and writes the
 * citation into a PNG tEXt chunk as well, so the file carries it for machines too.
 */
import type { ComposedSvg } from "./svg.js";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Inserts a tEXt chunk (Latin-1 keyword and text) right after the IHDR chunk. */
export function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const latin1 = (value: string) =>
    Uint8Array.from(value, (char) => (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 63));
  const data = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
  const typed = new Uint8Array([...latin1("tEXt"), ...data]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  const ihdrEnd = 8 + 8 + 13 + 4; // signature, IHDR length+type, IHDR data, CRC
  return new Uint8Array([...png.slice(0, ihdrEnd), ...chunk, ...png.slice(ihdrEnd)]);
}

export async function svgToPng(svg: ComposedSvg, citation: string, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((result) => (result ? resolve(result) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
  const bytes = withTextChunk(new Uint8Array(await blob.arrayBuffer()), "Source", citation);
  return new Blob([bytes as BlobPart], { type: "image/png" });
}
