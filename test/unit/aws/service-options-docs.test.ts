import { join } from "node:path";
import { Project, type InterfaceDeclaration } from "ts-morph";
import { describe, expect, it } from "vitest";
import { AWS_SERVICES } from "../../../lib/aws";
import { AZURE_SERVICES } from "../../../lib/azure";
import { AWS_ALARM_CATALOG } from "../../../lib/catalog/aws/all-services";
import { AZURE_ALARM_CATALOG } from "../../../lib/catalog/azure/all-services";
import type { AlarmDefault } from "../../../lib/catalog/alarm-default";
import type { AnyServiceDefinition } from "../../../lib/core/service-definition";

const LIB = join(__dirname, "..", "..", "..", "lib");

const CLOUDS: readonly (readonly [
  string,
  Readonly<Record<string, AnyServiceDefinition>>,
  Readonly<Record<string, readonly AlarmDefault[]>>,
])[] = [
  ["aws", AWS_SERVICES, AWS_ALARM_CATALOG],
  ["azure", AZURE_SERVICES, AZURE_ALARM_CATALOG],
];

/**
 * Every default alarm of a service must be an option of its `monitorXxx()`, documented with
 * TSDoc and an `@default` tag (the public API contract), and no alarm option may name an alarm
 * the catalog does not have.
 */
describe.each(CLOUDS)("%s service options documentation", (cloud, SERVICES, CATALOG) => {
  const project = new Project({ skipAddingFilesFromTsConfig: true });
  project.addSourceFilesAtPaths(join(LIB, cloud, "*.ts"));
  const interfaces = new Map<string, InterfaceDeclaration>();
  for (const file of project.getSourceFiles()) {
    for (const decl of file.getInterfaces()) interfaces.set(decl.getName(), decl);
  }

  /** The `O` of `ServiceDefinition<R, O>` on the exported service constant. */
  function optionsInterfaceOf(serviceId: string): InterfaceDeclaration | undefined {
    for (const file of project.getSourceFiles()) {
      for (const variable of file.getVariableDeclarations()) {
        const typeNode = variable.getTypeNode();
        const init = variable.getInitializer()?.getText() ?? "";
        if (!typeNode || !init.includes(`id: "${serviceId}"`)) continue;
        const args = typeNode.getText().match(/<[\s\S]*,\s*(\w+)\s*>$/);
        return args ? interfaces.get(args[1]) : undefined;
      }
    }
    return undefined;
  }

  it("takes every service's defaults from the catalog registry", () => {
    const lists = new Set(Object.values(CATALOG));
    for (const [id, service] of Object.entries(SERVICES)) {
      expect(lists.has(service.alarms), `${id}: alarms come from the catalog registry`).toBe(true);
    }
  });

  it.each(Object.entries(SERVICES))("%s documents each alarm option", (id, service) => {
    const options = optionsInterfaceOf(id);
    expect(options, `options interface of ${id}`).toBeDefined();
    const documented = new Map(
      (options as InterfaceDeclaration).getProperties().map((p) => [p.getName(), p]),
    );
    for (const alarm of service.alarms) {
      const property = documented.get(alarm.key);
      expect(property, `${id}: option ${alarm.key}`).toBeDefined();
      const tags = property!.getJsDocs().flatMap((doc) => doc.getTags().map((t) => t.getTagName()));
      expect(tags, `${id}: @default of ${alarm.key}`).toContain("default");
      expect(property!.isReadonly(), `${id}: ${alarm.key} is readonly`).toBe(true);
    }
    // an option may also configure a related resource's alarm (e.g. a queue's dead-letter queue)
    const keys = new Set(Object.values(CATALOG).flatMap((list) => list.map((a) => a.key)));
    const alarmLike = [...documented.values()].filter((p) =>
      p.getTypeNode()?.getText().includes("AlarmOptions"),
    );
    for (const property of alarmLike) {
      expect(keys, `${id}: option ${property.getName()} has a catalog entry`).toContain(
        property.getName(),
      );
    }
  });
});
