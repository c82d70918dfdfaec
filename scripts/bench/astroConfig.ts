/**
 * The bench's Astro config: the project's, plus a Vite plugin that resolves every import of
 * src/charts/draw.ts to drawHook.ts, which logs each drawing or, in the floor build, stands in for
 * it. The hook's own import, and imports with a query (the chart cache hashes draw.ts?raw), are
 * left alone. Each copy of the code gets an astro.config.mjs that applies it (workspace.ts).
 */
import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroUserConfig } from "astro";

function benchDrawHook(): AstroIntegration {
  return {
    name: "cot-moc-bench-draw-hook",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const drawFile = join(root, "src/charts/draw.ts");
        if (!existsSync(drawFile))
          throw new Error(`${drawFile} is missing: the bench puts its hook in place of drawChart there.`);
        const draw = realpathSync(drawFile);
        const hook = realpathSync(join(root, "scripts/bench/drawHook.ts"));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "cot-moc-bench-draw-hook",
                enforce: "pre",
                async resolveId(source, importer, options) {
                  if (!importer || !source.includes("draw") || source.includes("?") || importer === hook) return null;
                  const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
                  return resolved?.id === draw ? hook : null;
                },
              },
            ],
          },
        });
      },
    },
  };
}

/** Returns the project's config with the draw hook added. */
export function withDrawHook(project: AstroUserConfig): AstroUserConfig {
  return { ...project, integrations: [...(project.integrations ?? []), benchDrawHook()] };
}
