/**
 * Runs scripts/lib/publish.ts on a tiny fake site (tests/helpers/fakeSite.ts), as `npm run build`
 * runs it on the real one, so tests/editor/publish.test.ts can kill it between any two file operations.
 *
 *   node publishDriver.ts OUT NAME     publishes the fake site NAME into OUT; prints "ops N" last
 *
 * Environment: COTMOC_TEST_KILL_AFTER=N kills it (SIGKILL) after N operations; COTMOC_TEST_STARTED=FILE
 * is written when the build starts and COTMOC_TEST_HOLD=FILE waited for; COTMOC_BUILD_WAIT_S.
 */
import { publish } from "../../scripts/lib/publish.ts";
import { fakeMake, faultyOps } from "./fakeSite.ts";

const [out, name] = process.argv.slice(2) as [string, string];
const env = process.env;
const { ops, done } = faultyOps({
  ...(env.COTMOC_TEST_KILL_AFTER ? { killAfter: Number(env.COTMOC_TEST_KILL_AFTER) } : {}),
});
const make = fakeMake(name, ops, {
  ...(env.COTMOC_TEST_STARTED ? { started: env.COTMOC_TEST_STARTED } : {}),
  ...(env.COTMOC_TEST_HOLD ? { hold: env.COTMOC_TEST_HOLD } : {}),
});
const code = await publish({ out, make, ops, waitSeconds: Number(env.COTMOC_BUILD_WAIT_S ?? "60") });
console.log(`ops ${done()}`);
process.exit(code);
