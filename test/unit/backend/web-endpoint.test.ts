import { TerraformVariable } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { WebEndpoint, type WebEndpointProps } from "../../../lib/backend/web-endpoint";
import { byName, synth } from "./synth-json";

function endpoint(props: Omit<WebEndpointProps, "group">) {
  return synth((stack) => {
    new MonitoringProvider(stack, "monitoring");
    new WebEndpoint(stack, "shop", { group: "storefront", ...props });
  });
}

describe("WebEndpoint", () => {
  it("registers an https URL at its host and port 443 with status and timeout macros", () => {
    const json = endpoint({
      url: "https://shop.example.com/health",
      thresholds: { icmpLossWarning: 5 },
    });
    const t = byName(json, "monitoring_target", "shop");
    expect(t).toMatchObject({
      kind: "web_endpoint",
      address: "shop.example.com",
      port: 443,
      thresholds: {
        "WEB.URL": "https://shop.example.com/health",
        "WEB.STATUS.EXPECTED": "200",
        "WEB.TIMEOUT": "15s",
        ICMP_LOSS_WARN: "5",
      },
    });
    // https keeps the provider's templates for the kind (ICMP Ping + HTTPS Service)
    expect(t.templates).toBeUndefined();
  });

  it("registers an http URL with an explicit port, status and timeout, with the HTTP template", () => {
    const json = endpoint({
      url: "http://192.0.2.40:8080/status",
      expectedStatus: 204,
      timeoutSeconds: 5,
    });
    expect(byName(json, "monitoring_target", "shop")).toMatchObject({
      address: "192.0.2.40",
      port: 8080,
      templates: ["ICMP Ping", "HTTP Service"],
      thresholds: {
        "WEB.URL": "http://192.0.2.40:8080/status",
        "WEB.STATUS.EXPECTED": "204",
        "WEB.TIMEOUT": "5s",
      },
    });
  });

  it("takes an IPv6 host out of its brackets", () => {
    const json = endpoint({ url: "https://[2001:db8::1]/" });
    expect(byName(json, "monitoring_target", "shop").address).toBe("2001:db8::1");
  });

  it.each([
    [
      "an ftp URL",
      "ftp://files.example.com/",
      /url: "ftp:\/\/files\.example\.com\/" uses ftp:\/\/, which is not monitored; allowed: an absolute http:\/\/ or https:\/\/ URL/,
    ],
    [
      "a URL without scheme",
      "shop.example.com/health",
      /url: "shop\.example\.com\/health" is not a URL; allowed: an absolute http/,
    ],
    [
      "a URL with an invalid host",
      "https://bad_host!/",
      /url: .* (is not a URL|has no valid host)/,
    ],
    [
      "a URL longer than a macro holds",
      `https://shop.example.com/${"a".repeat(2048)}`,
      /url: is 2073 characters long; allowed: at most 2048/,
    ],
  ])("rejects %s at synth, naming the construct", (_what, url, message) => {
    expect(() => endpoint({ url })).toThrow(/test\/shop in WebEndpoint/);
    expect(() => endpoint({ url })).toThrow(message);
  });

  it("rejects a URL only known at apply, and out-of-range status and timeout", () => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        const v = new TerraformVariable(stack, "url", { type: "string" });
        new WebEndpoint(stack, "shop", { group: "storefront", url: v.stringValue });
      }),
    ).toThrow(/url: must be written literally, not a token/);
    expect(() =>
      endpoint({ url: "https://shop.example.com/", expectedStatus: 700, timeoutSeconds: 0 }),
    ).toThrow(
      /expectedStatus: must be an HTTP status code from 100 to 599[\s\S]*timeoutSeconds: must be a whole number of seconds from 1 to 3600/,
    );
  });
});
