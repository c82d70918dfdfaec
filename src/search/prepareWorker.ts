/** A worker of searchIndex.ts: prepares its share of the pages (`workerData`: their paths) into the build cache. */
import { readFileSync } from "node:fs";
import { workerData } from "node:worker_threads";
import { preparedPage } from "./searchIndex.ts";

for (const file of workerData as string[]) preparedPage(readFileSync(file, "utf8"));
