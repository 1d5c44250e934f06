/** Template look-ups by name, with a cache: templates rarely change during a run. */
import { BackendError, type Template } from "../backend-driver";
import type { ZabbixClient } from "./json-rpc-client";

interface TemplateRow {
  readonly templateid: string;
  readonly host: string;
  readonly name: string;
}

export class ZabbixTemplates {
  private readonly cache = new Map<string, Promise<Template | undefined>>();

  constructor(private readonly client: ZabbixClient) {}

  /** Finds a template by technical name, else by visible name. */
  findByName(name: string): Promise<Template | undefined> {
    let found = this.cache.get(name);
    if (!found) {
      found = this.lookUp(name);
      this.cache.set(name, found);
      found.catch(() => this.cache.delete(name));
    }
    return found;
  }

  /** Templates for names, in order; an unknown name is an `invalid` error on `templates`. */
  async resolve(names: readonly string[], kind: string): Promise<Template[]> {
    const found = await Promise.all(names.map((n) => this.findByName(n)));
    const missing = names.filter((_, i) => !found[i]);
    if (missing.length > 0) {
      throw new BackendError(
        "invalid",
        `Zabbix has no template named ${missing.map((m) => JSON.stringify(m)).join(", ")} (templates of a ${kind} target); ` +
          "check the name with the monitoring_template data source or import the template into Zabbix",
        { field: "templates" },
      );
    }
    return found as Template[];
  }

  private async lookUp(name: string): Promise<Template | undefined> {
    for (const key of ["host", "name"] as const) {
      const rows = await this.client.call<TemplateRow[]>("template.get", {
        output: ["templateid", "host", "name"],
        filter: { [key]: [name] },
      });
      if (rows.length > 0) return { id: rows[0].templateid, name: rows[0].host };
    }
    return undefined;
  }
}
