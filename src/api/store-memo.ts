import type { ApiContext } from "./context.js";

/**
 * Values computed from the store (observations, chip tables), kept per store build: a rebuild under a running
 * server empties them, and a load that failed (the database was down) is forgotten so the next request retries
 * instead of failing for ever.
 */
export function storeMemo(context: ApiContext): <T>(key: string, load: () => Promise<T>) => Promise<T> {
  let version = context.storeVersion;
  const values = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (context.storeVersion !== version) {
      values.clear();
      version = context.storeVersion;
    }
    let value = values.get(key) as Promise<T> | undefined;
    if (!value) {
      const loading = load();
      value = loading;
      values.set(key, loading);
      loading.catch(() => {
        if (values.get(key) === loading) values.delete(key);
      });
    }
    return value;
  };
}
