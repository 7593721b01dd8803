/** Fixed colours, so a legend means the same in the answer, the timeline and the chart. */
export const ANSWER_COLOURS: Readonly<Record<string, string>> = {
  no_licence: "#009e73",
  licence_required: "#d55e00",
  licence_exception: "#e69f00",
  indeterminate: "#8c8c8c",
};

export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  controlled: "#d55e00",
  not_controlled: "#0072b2",
  indeterminate: "#8c8c8c",
};
