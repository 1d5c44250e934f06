import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadProviderModel } from "../../../scripts/bindings/from-schema";
import {
  camelCase,
  type AttributeModel,
  type CtyType,
  type ProviderModel,
} from "../../../scripts/bindings/model";
import {
  DEFAULT_OUT_DIR,
  generateBindings,
  writeBindings,
  type GeneratedFile,
} from "../../../scripts/generate-bindings";

const STALE = "lib/backend/generated is stale: run `npm run generate` and commit the result";

function readDir(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith(".ts")) files.set(name, fs.readFileSync(path.join(dir, name), "utf8"));
  }
  return files;
}

/** The real model with one more optional attribute on `tfType`. */
function withExtraAttribute(tfType: string, name: string, type: unknown): ProviderModel {
  const real = loadProviderModel();
  const extra: AttributeModel = {
    name,
    prop: camelCase(name),
    type: type as CtyType,
    description: `The ${name}.`,
    required: false,
    optional: true,
    computed: false,
    sensitive: false,
    requiresReplace: false,
    constraints: [],
  };
  return {
    ...real,
    elements: real.elements.map((el) =>
      el.tfType === tfType ? { ...el, attributes: [...el.attributes, extra] } : el,
    ),
  };
}

describe("generated bindings", () => {
  let current: GeneratedFile[] = [];
  beforeAll(async () => {
    current = await generateBindings();
  });

  it("match what the generator makes from lib/provider/schema.ts today", async () => {
    // GIVEN a fresh generation into a temporary directory
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bindings-"));
    try {
      await writeBindings(tmp);
      const fresh = readDir(tmp);
      const checkedIn = readDir(DEFAULT_OUT_DIR);

      // THEN the checked-in files are exactly the generated ones, byte for byte
      expect([...checkedIn.keys()], STALE).toEqual([...fresh.keys()]);
      for (const [name, content] of fresh) {
        expect(checkedIn.get(name), `${STALE} (${name} differs)`).toBe(content);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("start with the generated banner", () => {
    for (const f of current) {
      expect(f.content.split("\n")[0], f.name).toBe(
        "// generated — do not edit; run npm run generate",
      );
    }
  });

  it("change when the schema changes, so a stale check can fail", async () => {
    // GIVEN the real model with one more optional attribute on monitoring_target
    const changed = withExtraAttribute("monitoring_target", "proxy_name", "string");

    // WHEN it is generated
    const after = await generateBindings(changed);

    // THEN only the target's file differs, and it carries the new attribute end to end
    const differing = after.filter((f, i) => current[i]?.content !== f.content).map((f) => f.name);
    expect(differing).toEqual(["monitoring-target.ts"]);
    const target = after.find((f) => f.name === "monitoring-target.ts")?.content ?? "";
    expect(target).toContain("readonly proxyName?: string;");
    expect(target).toContain("proxy_name: cdktf.stringToTerraform(this._proxyName),");
  });

  it("refuse attribute types and names they cannot bind, naming the attribute", async () => {
    await expect(
      generateBindings(
        withExtraAttribute("monitoring_group", "extra", ["object", { a: "string" }]),
      ),
    ).rejects.toThrow(
      /monitoring_group\.extra: attribute type .*object.* not supported.*supported: string, number, bool/,
    );
    await expect(
      generateBindings(withExtraAttribute("monitoring_group", "depends_on", "string")),
    ).rejects.toThrow(/monitoring_group: attribute "depends_on" maps to the property "dependsOn"/);
  });
});
