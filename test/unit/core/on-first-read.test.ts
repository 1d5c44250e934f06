import { describe, expect, it } from "vitest";
import { AWS_SERVICES } from "../../../lib/aws";
import { awsServiceDefinitions } from "../../../lib/aws/service-loaders";
import { AZURE_SERVICES } from "../../../lib/azure";
import { azureServiceDefinitions } from "../../../lib/azure/service-loaders";
import { onFirstRead } from "../../../lib/core/on-first-use";

describe("onFirstRead", () => {
  it("loads an entry when it is first read, once, and leaves the others unloaded", () => {
    const loads: string[] = [];
    const table = onFirstRead({
      a: () => (loads.push("a"), { name: "a" }),
      b: () => (loads.push("b"), { name: "b" }),
    });
    expect(loads).toEqual([]);
    const first = table.a;
    expect(table.a).toBe(first);
    expect(loads).toEqual(["a"]);
    expect(Object.keys(table)).toEqual(["a", "b"]);
    expect(loads).toEqual(["a"]);
  });
});

describe("the facade's lazy service tables", () => {
  it("hold every service of AWS_SERVICES and AZURE_SERVICES, the same definitions", () => {
    for (const [lazy, eager] of [
      [awsServiceDefinitions, AWS_SERVICES],
      [azureServiceDefinitions, AZURE_SERVICES],
    ] as const) {
      expect(Object.keys(lazy).sort()).toEqual(Object.keys(eager).sort());
      for (const [id, service] of Object.entries(eager)) {
        expect((lazy as Record<string, unknown>)[id], id).toBe(service);
      }
    }
  });
});
