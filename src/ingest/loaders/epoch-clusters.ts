import { FieldError } from "../normalize/field-error.js";
import { slugify } from "../normalize/organization.js";
import type { DatasetDefinition } from "./dataset.js";
import { provenanceOf, RowFields } from "./row-fields.js";

const STATUSES = new Set(["Existing", "Planned", "Decommissioned"]);
const SOURCE_COLUMNS = ["Source 1", "Source 2", "Source 3", "Source 4", "Source 5"];

export const gpuClusters: DatasetDefinition = {
  id: "gpu_clusters",
  sourceId: "epoch-gpu-clusters",
  feeds: ["clusters"],
  title: "GPU Clusters",
  file: "gpu_clusters.csv",
  table: "clusters",
  mapRow(row, context, sourceId) {
    const fields = new RowFields(row);
    const name = fields.required("Name");
    // Cluster names repeat across phases and rumours; the line keeps the id unique and stable per snapshot row.
    const id = `${slugify(name)}-r${row.line}`;
    const status = fields.required("Status");
    if (!STATUSES.has(status))
      throw new FieldError("Status", status, `unknown cluster status ${JSON.stringify(status)}`);
    const operational = fields.date("First Operational Date");
    const decommissioned = fields.date("Decommissioned Date (if applicable)");
    const countries = fields.countries("Country", context.countries);
    const owners = context.organizations
      .splitNames(fields.text("Owner") ?? "")
      .map((owner) => context.organizations.resolve(owner));
    return {
      clusters: [
        {
          id,
          name,
          status,
          certainty: fields.text("Certainty"),
          single_cluster: fields.text("Single cluster?"),
          first_operational: operational?.day ?? null,
          first_operational_precision: operational?.precision ?? null,
          decommissioned: decommissioned?.day ?? null,
          h100_equivalents: fields.measure("H100 equivalents"),
          ops_16bit: fields.measure("16-bit OP/s"),
          ops_8bit: fields.measure("8-bit OP/s"),
          max_ops: fields.measure("Max OP/s"),
          power_mw: fields.measure("Power Capacity (MW)"),
          hardware_cost_usd: fields.measure("Hardware Cost"),
          chip_type: fields.text("Chip type (primary)"),
          chip_quantity: fields.measure("Chip quantity (primary)"),
          sector: fields.text("Sector"),
          owner: fields.text("Owner"),
          possible_duplicate: fields.flag("Possible Duplicate") ? 1 : 0,
          in_standard_analysis: fields.flag("Include in Standard Analysis") ? 1 : 0,
          note: fields.text("Note"),
          urls: JSON.stringify(fields.urls(SOURCE_COLUMNS)),
          ...provenanceOf(row, sourceId),
        },
      ],
      cluster_countries: countries.map((country, position) => ({ cluster_id: id, position, country })),
      cluster_owners: owners.map((organization_id, position) => ({ cluster_id: id, position, organization_id })),
    };
  },
};
