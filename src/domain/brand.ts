/** Nominal typing: a string that has passed a check, so it cannot be confused with another kind of id. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };

export type CountryCode = Brand<string, "CountryCode">; // ISO 3166-1 alpha-2, upper case
export type BlocId = Brand<string, "BlocId">;
export type SourceId = Brand<string, "SourceId">;
export type EntityId = Brand<string, "EntityId">; // organisation, programme, country or other subject of a fact
export type DatasetId = Brand<string, "DatasetId">;
