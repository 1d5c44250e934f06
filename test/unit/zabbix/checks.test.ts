import { describe, expect, it } from "vitest";
import type { CheckSpec } from "../../../lib/provider/backend-driver";
import {
  SEVERITY_PRIORITY,
  intervalSeconds,
  triggerExpression,
} from "../../../lib/provider/zabbix/checks";

const spec: CheckSpec = {
  name: "worker-01: backlog",
  target: "10100",
  key: "vfs.file.contents[/var/lib/app/backlog]",
  interval: 30,
  operator: "above",
  thresholds: { warning: 400, critical: 500 },
};

describe("Zabbix checks", () => {
  it("compare the item's last value with the threshold, on the side the operator names", () => {
    expect(triggerExpression("worker-01", spec, 500)).toBe(
      "last(/worker-01/vfs.file.contents[/var/lib/app/backlog])>500",
    );
    expect(triggerExpression("worker-01", { ...spec, operator: "below" }, 2.5)).toBe(
      "last(/worker-01/vfs.file.contents[/var/lib/app/backlog])<2.5",
    );
  });

  it("raise warnings as Zabbix Warning and critical problems as High", () => {
    expect(SEVERITY_PRIORITY).toEqual({ warning: 2, critical: 4 });
  });

  it.each([
    ["30", 30],
    ["30s", 30],
    ["5m", 300],
    ["1h", 3600],
    ["1d", 86400],
    ["{$INTERVAL}", Number.NaN],
    ["50s;wd1-5h9-18", Number.NaN],
  ])("read the interval %s as %d seconds", (delay, seconds) => {
    expect(intervalSeconds(delay)).toBe(seconds);
  });
});
