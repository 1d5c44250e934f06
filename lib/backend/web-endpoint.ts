import { Token } from "cdktf";
import type { Construct } from "constructs";
import { z } from "zod";
import { BackendTarget } from "./backend-target";
import { commonOptionsShape, isAddress, wholeNumber } from "./private/schemas";
import { macrosOf, thresholdsSchema, type MacroTable } from "./private/threshold-macros";
import { parseProps } from "./private/validate-props";
import type { BackendTargetOptions } from "./target-options";

/** Thresholds of "ICMP Ping"; each unset one keeps the template's default. */
export interface WebEndpointThresholds {
  /**
   * ICMP packet loss (%) above which a warning is raised (`{$ICMP_LOSS_WARN}`).
   *
   * @default 20 (the template's)
   */
  readonly icmpLossWarning?: number;
  /**
   * ICMP response time (seconds) above which a warning is raised (`{$ICMP_RESPONSE_TIME_WARN}`).
   *
   * @default 0.15 (the template's)
   */
  readonly icmpResponseTimeWarning?: number;
}

/** Props of {@link WebEndpoint}. */
export interface WebEndpointProps extends BackendTargetOptions {
  /** The URL to check; `http://` or `https://` only, written literally (not a token). */
  readonly url: string;
  /**
   * HTTP status the endpoint must answer with (`{$WEB.STATUS.EXPECTED}`).
   *
   * @default 200
   */
  readonly expectedStatus?: number;
  /**
   * Seconds to wait for the answer (`{$WEB.TIMEOUT}`).
   *
   * @default 15
   */
  readonly timeoutSeconds?: number;
  /**
   * Threshold overrides, stored as host macros that the templates' triggers read.
   *
   * @default - the templates' defaults
   */
  readonly thresholds?: WebEndpointThresholds;
}

const WEB_MACROS: MacroTable = {
  icmpLossWarning: { macro: "ICMP_LOSS_WARN", min: 0, max: 100, unit: "%" },
  icmpResponseTimeWarning: { macro: "ICMP_RESPONSE_TIME_WARN", min: 0, max: 60, unit: "seconds" },
};

const URL_ALLOWED =
  "allowed: an absolute http:// or https:// URL with a host, e.g. https://shop.example.com/health";

/** Longest value a Zabbix 6.0 host macro holds. */
const URL_MAX = 2048;

function parsedUrl(v: string): URL | undefined {
  try {
    return new URL(v);
  } catch {
    return undefined;
  }
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

const URL_SCHEMA = z
  .string({ error: `required: the URL to check (${URL_ALLOWED})` })
  .superRefine((v, ctx) => {
    if (Token.isUnresolved(v)) {
      ctx.addIssue({
        code: "custom",
        message: `must be written literally, not a token: the target's address and port are derived from it at synth (${URL_ALLOWED})`,
      });
      return;
    }
    const url = parsedUrl(v);
    if (v.length > URL_MAX) {
      ctx.addIssue({
        code: "custom",
        message: `is ${v.length} characters long; allowed: at most ${URL_MAX} (it is stored in {$WEB.URL})`,
      });
    } else if (!url) {
      ctx.addIssue({
        code: "custom",
        message: `${JSON.stringify(v)} is not a URL; ${URL_ALLOWED}`,
      });
    } else if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({
        code: "custom",
        message: `${JSON.stringify(v)} uses ${url.protocol.replace(/:$/, "")}://, which is not monitored; ${URL_ALLOWED}`,
      });
    } else if (!isAddress(hostOf(url))) {
      ctx.addIssue({
        code: "custom",
        message: `${JSON.stringify(v)} has no valid host; ${URL_ALLOWED}`,
      });
    }
  });

const WEB_SCHEMA = z.strictObject({
  ...commonOptionsShape,
  url: URL_SCHEMA,
  expectedStatus: wholeNumber(100, 599, "must be an HTTP status code from 100 to 599").default(200),
  timeoutSeconds: wholeNumber(1, 3600, "must be a whole number of seconds from 1 to 3600").default(
    15,
  ),
  thresholds: thresholdsSchema(WEB_MACROS).optional(),
});

/**
 * A web endpoint (URL). The target's address and port come from the URL; the URL, expected
 * status and timeout are stored as host macros (`{$WEB.URL}`, `{$WEB.STATUS.EXPECTED}`,
 * `{$WEB.TIMEOUT}`). Templates: "ICMP Ping" plus "HTTPS Service" or "HTTP Service" by scheme.
 */
export class WebEndpoint extends BackendTarget {
  /** The checked URL. */
  public readonly url: string;

  public constructor(scope: Construct, id: string, props: WebEndpointProps) {
    super(scope, id, "WebEndpoint");
    const p = parseProps(this, this.context, WEB_SCHEMA, props);
    const url = new URL(p.url);
    const https = url.protocol === "https:";
    this.url = p.url;
    this.register(props, {
      kind: "web_endpoint",
      address: hostOf(url),
      port: url.port ? Number(url.port) : https ? 443 : 80,
      templates: https ? undefined : ["ICMP Ping", "HTTP Service"],
      macros: {
        ...macrosOf(p.thresholds, WEB_MACROS),
        "WEB.URL": p.url,
        "WEB.STATUS.EXPECTED": String(p.expectedStatus),
        "WEB.TIMEOUT": `${p.timeoutSeconds}s`,
      },
    });
  }
}
