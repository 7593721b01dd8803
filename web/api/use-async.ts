/** Runs a promise-returning loader whenever its key changes and exposes loading, data and error. */
import { useEffect, useState } from "react";

export type AsyncState<T> =
  | { readonly status: "loading" }
  | { readonly status: "done"; readonly data: T }
  | { readonly status: "error"; readonly error: Error };

export function useAsync<T>(key: string, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<{ key: string; value: AsyncState<T> }>({ key, value: { status: "loading" } });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, value: { status: "done", data } }),
      (error: unknown) =>
        live &&
        setState({ key, value: { status: "error", error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      live = false;
    };
    // the key names everything the loader depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: "loading" };
}
