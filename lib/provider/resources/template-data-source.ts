/** Data source `monitoring_template`: a backend template looked up by name. */
import { errorDiagnostic } from "../diagnostics";
import { TEMPLATE_DATA_SCHEMA } from "../schema";
import { validateBlock } from "../validate";
import { backendDiagnostic } from "./backend-diagnostic";
import type { DataSource } from "./resource";

export const templateDataSource: DataSource = {
  schema: TEMPLATE_DATA_SCHEMA,
  validate: (config) => validateBlock(TEMPLATE_DATA_SCHEMA.block, config),
  async read(config, ctx) {
    const name = String(config.name);
    try {
      const template = await ctx.driver.templates.findByName(name);
      if (!template) {
        return {
          state: null,
          diagnostics: [
            errorDiagnostic(
              "Template not found",
              `No template named "${name}" exists in ${ctx.driver.name}. The name must match exactly, e.g. "Linux by Zabbix agent".`,
              ["name"],
            ),
          ],
        };
      }
      return { state: { name: template.name, id: template.id }, diagnostics: [] };
    } catch (error) {
      return { state: null, diagnostics: [backendDiagnostic(error, "template", ["name"])] };
    }
  },
};
