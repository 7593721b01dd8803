import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { endQuietlyWhenPipeCloses } from "../../src/cli/io.js";

const writeError = (code: string) => Object.assign(new Error(`write ${code}`), { code });

describe(endQuietlyWhenPipeCloses, () => {
  it("ends with 0 when the reader closed the pipe (| head)", () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    endQuietlyWhenPipeCloses(stream, (code) => exits.push(code));
    stream.emit("error", writeError("EPIPE"));
    expect(exits).toEqual([0]);
  });

  it("still fails on any other write error", () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    endQuietlyWhenPipeCloses(stream, (code) => exits.push(code));
    expect(() => stream.emit("error", writeError("ENOSPC"))).toThrow("write ENOSPC");
    expect(exits).toEqual([]);
  });
});
