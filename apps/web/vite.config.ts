import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs as its own process (apps/server); in production the
// server serves this build itself, so the app only ever talks to its own origin.
const api = "http://127.0.0.1:3000";

// What every page needs goes to one long-cached "vendor" chunk; the rest (zod on the
// forms, three.js on the floor later) stays with the lazy pages that use it.
const vendor =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|@trpc|i18next|react-i18next|superjson|copy-anything|is-what)[\\/]/;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/trpc": { target: api, changeOrigin: false },
      "/files": { target: api, changeOrigin: false },
      "/uploads": { target: api, changeOrigin: false },
      "/materials": { target: api, changeOrigin: false },
      "/health": { target: api, changeOrigin: false },
      // Calendar files and registrant exports are served by the server; the pages around them are ours.
      "^/events/[^/]+\\.ics$": { target: api, changeOrigin: false },
      "^/events/[^/]+/registrants\\.(xlsx|csv)$": { target: api, changeOrigin: false },
      "^/cabinet/[^/]+/(leads|stats)\\.(xlsx|csv)": { target: api, changeOrigin: false },
      "/calendar": { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The floor benchmark reads the chunk graph from the manifest (bench/floor).
    manifest: true,
    target: "es2022",
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: "vendor", test: vendor }] },
      },
    },
  },
});
