/**
 * The build's guard: runs every content check before Astro renders anything, so a mistake stops
 * `astro build` with all problems listed, and reloads the dev server when a data file changes.
 */
import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { formatProblem, SiteError } from "../lib/problems.ts";
import { checkAll } from "../lib/checkAll.ts";
import { ARTICLES_DIR, DATA_DIR, projectRoot } from "../lib/site.ts";

export function cotMoc(): AstroIntegration {
  return {
    name: "cot-moc",
    hooks: {
      "astro:config:setup": ({ command, logger, updateConfig }) => {
        const { problems } = checkAll(projectRoot());
        if (problems.length) {
          if (command === "build") throw new SiteError(problems);
          for (const p of problems) logger.error(formatProblem(p));
        }
        const watched = [DATA_DIR, ARTICLES_DIR].map((d) => join(projectRoot(), d));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "cot-moc-data-reload",
                configureServer(server) {
                  server.watcher.add(watched);
                  const reload = (file: string) => {
                    if (!file.startsWith(watched[0] ?? "\0")) return;
                    const { problems: now } = checkAll(projectRoot());
                    for (const p of now) logger.error(formatProblem(p));
                    server.ws.send({ type: "full-reload" });
                  };
                  server.watcher.on("change", reload);
                  server.watcher.on("add", reload);
                  server.watcher.on("unlink", reload);
                },
              },
            ],
          },
        });
      },
    },
  };
}
