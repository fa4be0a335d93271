import { defineConfig } from "vite";

export default defineConfig({
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  server: { proxy: { "/api": "http://localhost:5080", "/hubs": { target: "http://localhost:5080", ws: true } } },
});
