/** A sequential colour scale on log10 of the value, from pale yellow to dark blue (readable on white). */
const STOPS = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"];

export const NO_DATA = "#d4d4d4";

function mix(from: string, to: string, amount: number): string {
  const channel = (hex: string, index: number) => parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16);
  return `#${[0, 1, 2]
    .map((index) =>
      Math.round(channel(from, index) + (channel(to, index) - channel(from, index)) * amount)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

export interface LogColour {
  readonly of: (value: number) => string;
  /** Powers of ten from the smallest to the largest value. */
  readonly ticks: () => number[];
}

export function logColour(min: number, max: number): LogColour {
  const low = Math.floor(Math.log10(min));
  const high = Math.max(low + 1, Math.ceil(Math.log10(max)));
  return {
    of(value) {
      const position = Math.min(1, Math.max(0, (Math.log10(value) - low) / (high - low))) * (STOPS.length - 1);
      const index = Math.min(STOPS.length - 2, Math.floor(position));
      return mix(STOPS[index]!, STOPS[index + 1]!, position - index);
    },
    ticks: () => Array.from({ length: high - low + 1 }, (_, index) => 10 ** (low + index)),
  };
}
