import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Pin the clock-dependent bits: Vietnam time, and no test depends on "now".
    env: { TZ: "Asia/Ho_Chi_Minh" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and Nu-checker suites start heavy processes: keep the machine's two cores free.
    maxWorkers: 2,
  },
});
