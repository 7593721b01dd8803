import { parseCoordinate } from "../normalize/coordinate.js";
import { FieldError } from "../normalize/field-error.js";
import { slugify, splitConfidenceTag } from "../normalize/organization.js";
import type { DatasetDefinition, LoadContext } from "./dataset.js";
import { provenanceOf, RowFields } from "./row-fields.js";

const BILLION = 1e9;

function parties(fields: RowFields, column: string, role: string, dataCenterId: string, context: LoadContext) {
  const seen = new Set<string>();
  return fields.list(column).flatMap((entry) => {
    const { name, tag } = splitConfidenceTag(entry);
    const organization_id = context.organizations.resolve(name);
    if (seen.has(organization_id)) return [];
    seen.add(organization_id);
    return [{ data_center_id: dataCenterId, organization_id, role, confidence: tag }];
  });
}

export const dataCenters: DatasetDefinition = {
  id: "data_centers",
  sourceId: "epoch-data-centers",
  feeds: ["dataCenters"],
  title: "Frontier Data Centers",
  file: "data_centers/data_centers.csv",
  table: "data_centers",
  mapRow(row, context, sourceId) {
    const fields = new RowFields(row);
    const handle = fields.required("Handle");
    const id = slugify(handle);
    const capital = fields.measure("Current total capital cost (2025 USD billions)");
    return {
      data_centers: [
        {
          id,
          handle,
          name: fields.text("Title") ?? handle,
          project: fields.text("Project"),
          address: fields.text("Address"),
          country: context.dataCenterCountries.get(handle) ?? null,
          latitude: parseCoordinate("Latitude", fields.text("Latitude")),
          longitude: parseCoordinate("Longitude", fields.text("Longitude")),
          owner: fields.text("Owner"),
          users: fields.text("Users"),
          current_h100_equivalents: fields.measure("Current H100 equivalents"),
          current_power_mw: fields.measure("Current power (MW)"),
          current_capital_cost_usd: capital === null ? null : capital * BILLION,
          ...provenanceOf(row, sourceId),
        },
      ],
      data_center_organizations: [
        ...parties(fields, "Owner", "owner", id, context),
        ...parties(fields, "Users", "user", id, context),
        ...parties(fields, "Investors", "investor", id, context),
      ],
    };
  },
};

export const dataCenterTimelines: DatasetDefinition = {
  id: "data_center_timelines",
  sourceId: "epoch-data-center-timelines",
  feeds: ["dataCenters"],
  title: "Frontier Data Center Timelines",
  file: "data_centers/data_center_timelines.csv",
  table: "data_center_timeline",
  mapRow(row, _context, sourceId) {
    const fields = new RowFields(row);
    const handle = fields.required("Data center");
    const date = fields.date("Date");
    if (date === null) throw new FieldError("Date", "", "required value is empty");
    const billions = (column: string) => {
      const value = fields.measure(column);
      return value === null ? null : value * BILLION;
    };
    return {
      data_center_timeline: [
        {
          id: `${slugify(handle)}-${date.day}-r${row.line}`,
          data_center_id: slugify(handle),
          date: date.day,
          construction_status: fields.text("Construction status"),
          power_mw: fields.measure("Power (MW)"),
          h100_equivalents: fields.measure("H100 equivalents"),
          buildings_operational: fields.measure("Buildings operational"),
          capital_cost_usd: billions("Total capital cost (2025 USD billions)"),
          compute_cost_usd: billions("Compute cost (2025 USD billions)"),
          construction_cost_usd: billions("Construction cost (2025 USD billions)"),
          ops_8bit: fields.measure("Performance (8-bit OP/s)"),
          ...provenanceOf(row, sourceId),
        },
      ],
    };
  },
};
