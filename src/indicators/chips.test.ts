import { describe, expect, it } from "vitest";
import { chips, chipsParams } from "./chips.js";
import { BLOCS, chip, pick } from "./test-fixtures.js";

const list = [
  chip({
    name: "A100",
    manufacturer: "NVIDIA",
    designerCountry: "US",
    releaseDate: "2020-05-14",
    tppBitOps: 4992,
    memoryBandwidthBytesPerSecond: 2.0e12,
  }),
  chip({
    name: "H100",
    manufacturer: "NVIDIA",
    designerCountry: "US",
    releaseDate: "2022-09-21",
    tppBitOps: 15832,
    memoryBandwidthBytesPerSecond: 3.35e12,
  }),
  chip({
    name: "H20",
    manufacturer: "NVIDIA",
    designerCountry: "US",
    releaseDate: "2024-01-01",
    tppBitOps: 2368,
    memoryBandwidthBytesPerSecond: 4.0e12,
  }),
  chip({
    name: "Ascend 910",
    manufacturer: "Huawei",
    designerCountry: "CN",
    releaseDate: "2019-08-23",
    tppBitOps: 4096,
    memoryBandwidthBytesPerSecond: 1.2e12,
  }),
  chip({
    name: "Ascend 910B",
    manufacturer: "Huawei",
    designerCountry: "CN",
    releaseDate: "2023-01-01",
    tppBitOps: 5120,
    memoryBandwidthBytesPerSecond: null,
  }),
  chip({
    name: "Mystery",
    manufacturer: "Unknown",
    designerCountry: null,
    releaseDate: "2023-01-01",
    tppBitOps: 99999,
  }),
];

const run = (params: Record<string, unknown>) =>
  chips({ chips: list, blocs: BLOCS }, chipsParams.parse({ blocs: "us,china", ...params }));

describe("chips", () => {
  it.each([
    [
      "tpp",
      [
        { group: "us", chip: "A100", value: 4992 },
        { group: "us", chip: "H100", value: 15832 },
        { group: "china", chip: "Ascend 910", value: 4096 },
        { group: "china", chip: "Ascend 910B", value: 5120 },
      ],
    ],
    [
      "memoryBandwidth",
      [
        { group: "us", chip: "A100", value: 2.0e12 },
        { group: "us", chip: "H100", value: 3.35e12 },
        { group: "us", chip: "H20", value: 4.0e12 }, // a cut-down chip can still lead on bandwidth
        { group: "china", chip: "Ascend 910", value: 1.2e12 },
      ],
    ],
  ])("records on %s, skipping chips without a designer country or figure", (metric, expected) => {
    const result = run({ metric });
    expect(pick(result.rows, ["group", "chip", "value"])).toEqual(expected);
    expect(result.units.value).toBe(metric === "tpp" ? "bit-OP/s" : "B/s");
  });

  it("rejects an unknown metric", () => {
    expect(chipsParams.safeParse({ metric: "flops" }).error?.issues[0]?.message).toMatch(/tpp or memoryBandwidth/);
  });
});
