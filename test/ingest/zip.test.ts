import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeZip } from "../support/zip-writer.js";
import { readZipMembers, ZipError } from "../../src/ingest/zip.js";

describe("readZipMembers", () => {
  const csv = Buffer.from("Model version,ECI Score,Release date\nx,1,2024-01-01\n");
  const zip = writeZip([
    { name: "README.md", data: Buffer.from("# readme\n") },
    { name: "benchmark_data/epoch_capabilities_index.csv", data: csv },
  ]);

  it("reads a member by its base name, byte for byte", () => {
    const [member] = readZipMembers(zip, ["epoch_capabilities_index.csv"], 1_000_000);
    expect(member!.data.equals(csv)).toBe(true);
  });

  it("names a missing member", () => {
    expect(() => readZipMembers(zip, ["other.csv"], 1_000_000)).toThrow(/no other\.csv in the archive/);
  });

  it("refuses a member over the size limit before inflating it", () => {
    expect(() => readZipMembers(zip, ["epoch_capabilities_index.csv"], 10)).toThrow(/over the limit/);
  });

  it("refuses a damaged member (CRC-32)", () => {
    const damaged = Buffer.from(zip);
    const at = damaged.indexOf(Buffer.from("benchmark_data/epoch_capabilities_index.csv")) + 43 + 2;
    damaged[at] = damaged[at]! ^ 0xff;
    expect(() => readZipMembers(damaged, ["epoch_capabilities_index.csv"], 1_000_000)).toThrow(ZipError);
  });

  it("refuses an HTML page", () => {
    expect(() => readZipMembers(Buffer.from("<html>404</html>".repeat(5)), ["x"], 100)).toThrow(/not a ZIP/);
  });

  it("throws only ZipError for an archive cut anywhere", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: zip.length - 1 }), (length) => {
        expect(() => readZipMembers(zip.subarray(0, length), ["epoch_capabilities_index.csv"], 1_000_000)).toThrow(
          ZipError,
        );
      }),
    );
  });
});
