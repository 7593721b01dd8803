/** Small constructors so the rule tables read as tables. They build plain data; nothing is evaluated here. */
import type { Condition, DatedVersion, EnumField, NumberField, ScheduleOption, SetField, BooleanField, Text } from "../rule.js";

export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
export const flag = (field: BooleanField): Condition => ({ flag: field });
export const has = (field: SetField, ...values: string[]): Condition => ({ has: field, values });
export const is = (field: EnumField, ...values: string[]): Condition => ({ is: field, values });
export const above = (field: NumberField, value: number): Condition => ({ above: field, value });
export const below = (field: NumberField, value: number): Condition => ({ below: field, value });
export const atLeast = (field: NumberField, value: number): Condition => ({ atLeast: field, value });
export const fact = (name: string): Condition => ({ fact: name });
export const ALWAYS: Condition = { all: [] };
export const NEVER: Condition = { any: [] };
/** Roles: an empty role set means "evaluate for every role" (the spec's scenarios often leave roles out). */
export const role = (...roles: string[]): Condition => any(has("roles", ...roles), { not: { has: "roles", values: ["provider", "deployer", "importer", "distributor", "developer", "operator", "employer", "platform"] } });

export const text = (en: string, nl: string): Text => ({ en, nl });

/** One applies-from day that no amendment moved. */
export function from(date: string, since: string, by: string): ScheduleOption[] {
  return [{ versions: [{ since, date, by }] }];
}

/** Applies-from days set by successive versions (spec §1.3). */
export function versions(...list: DatedVersion[]): ScheduleOption[] {
  return [{ versions: list }];
}
