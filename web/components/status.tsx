/** What a page shows while data loads or when the API answered with an error. */
import type { AsyncState } from "../api/use-async.js";
import { useLang } from "../i18n/lang.js";

export function Status({ state }: { state: AsyncState<unknown> }) {
  const { t } = useLang();
  if (state.status === "error")
    return (
      <p className="error" role="alert">
        {t("app.error", { message: state.error.message })}
      </p>
    );
  return (
    <p className="loading" aria-live="polite">
      {t("app.loading")}
    </p>
  );
}
