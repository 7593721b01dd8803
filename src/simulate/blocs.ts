/** The four blocs the simulator models, in the fixed order every typed array uses. */
export const BLOCS = ["us", "china", "eu", "row"] as const;
export type SimBloc = (typeof BLOCS)[number];

export const US = 0;
export const CHINA = 1;
export const EU = 2;
export const ROW = 3;
export const BLOC_COUNT = BLOCS.length;

export function blocIndex(bloc: SimBloc): number {
  return BLOCS.indexOf(bloc);
}
