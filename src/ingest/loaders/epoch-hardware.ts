import { slugify } from "../normalize/organization.js";
import type { DatasetDefinition } from "./dataset.js";
import { provenanceOf, RowFields } from "./row-fields.js";

export const mlHardware: DatasetDefinition = {
  id: "ml_hardware",
  sourceId: "epoch-ml-hardware",
  feeds: ["chips"],
  title: "Machine Learning Hardware",
  file: "ml_hardware.csv",
  table: "chips",
  mapRow(row, context, sourceId) {
    const fields = new RowFields(row);
    const name = fields.required("Hardware name");
    const manufacturer = fields.text("Manufacturer");
    const released = fields.date("Release date");
    return {
      chips: [
        {
          id: slugify(name),
          name,
          manufacturer,
          manufacturer_id: manufacturer === null ? null : context.organizations.resolve(manufacturer),
          type: fields.text("Type"),
          release_date: released?.day ?? null,
          release_precision: released?.precision ?? null,
          release_price_usd: fields.measure("Release price (USD)"),
          fp64_flops: fields.measure("FP64 (double precision) performance (FLOP/s)"),
          fp32_flops: fields.measure("FP32 (single precision) performance (FLOP/s)"),
          fp16_flops: fields.measure("FP16 (half precision) performance (FLOP/s)"),
          tf32_flops: fields.measure("TF32 (TensorFloat-32) performance (FLOP/s)"),
          tensor_fp16_flops: fields.measure("Tensor-FP16/BF16 performance (FLOP/s)"),
          fp8_flops: fields.measure("FP8 performance (FLOP/s)"),
          fp4_flops: fields.measure("FP4 performance (FLOP/s)"),
          int16_ops: fields.measure("INT16 performance (OP/s)"),
          int8_ops: fields.measure("INT8 performance (OP/s)"),
          int4_ops: fields.measure("INT4 performance (OP/s)"),
          memory_bytes: fields.measure("Memory size per board (Byte)"),
          memory_bandwidth_bytes_per_s: fields.measure("Memory bandwidth (byte/s)"),
          intranode_bandwidth_bytes_per_s: fields.measure("Intranode bandwidth (byte/s)"),
          internode_bandwidth_bits_per_s: fields.measure("Internode bandwidth (bit/s)"),
          die_size_mm2: fields.measure("Die Size (mm^2)"),
          tdp_w: fields.measure("TDP (W)"),
          process_nm: fields.measure("Process size (nm)"),
          foundry: fields.text("Foundry"),
          transistors_millions: fields.measure("Transistors (millions)"),
          tpp_bit_ops: fields.measure("Total processing performance (bit-OP/s)"),
          link: fields.text("Link to datasheet"),
          ...provenanceOf(row, sourceId),
        },
      ],
    };
  },
};
