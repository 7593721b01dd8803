/** Table columns for data the dashboard assembles itself (facts, sources), labelled from the messages. */
import type { Column } from "../api/types.js";
import { translate } from "../i18n/lang.js";
import type { MessageKey } from "../i18n/messages-en.js";

const english = translate("en");
const dutch = translate("nl");

export function messageColumn(key: string, label: MessageKey, unit: string | null = null): Column {
  return { key, label: { en: english(label), nl: dutch(label) }, unit };
}
