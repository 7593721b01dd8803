import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// The dashboard is served by `wedloop serve` from web/dist; in development Vite proxies the API to a local server.
export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: `${root}dist`, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { proxy: { "/api": "http://127.0.0.1:8091" } },
});
