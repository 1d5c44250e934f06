import { describe, expect, it } from "vitest";
import { toBackendError } from "../../../lib/provider/zabbix/errors";

const invalidParams = (data: string) =>
  toBackendError("host.create", { code: -32602, message: "Invalid params.", data });
const appError = (data: string) =>
  toBackendError("host.create", { code: -32500, message: "Application error.", data });

describe("Zabbix error mapping (messages as Zabbix 6.0 sends them)", () => {
  it("maps duplicate names to conflicts, on the name or the display name", () => {
    const host = invalidParams('Host with the same name "web-01" already exists.');
    const visible = invalidParams('Host with the same visible name "Web 01" already exists.');
    const group = invalidParams('Host group "g1" already exists.');
    const dashboard = invalidParams('Dashboard "Team" already exists.');

    expect([host.kind, host.details.field]).toEqual(["conflict", "name"]);
    expect([visible.kind, visible.details.field]).toEqual(["conflict", "displayName"]);
    expect(group.kind).toBe("conflict");
    expect(dashboard.kind).toBe("conflict");
  });

  it("maps validation errors to invalid with the field they are about", () => {
    const cases: Array<[string, string]> = [
      ['Invalid IP address "999.1.1.1".', "address"],
      ['Incorrect interface port "99999" provided.', "port"],
      ['Invalid parameter "/1/macros/1/macro": incorrect syntax near "CPU".', "thresholds"],
      ['Invalid parameter "/tags/1/tag": cannot be empty.', "tags"],
      ['Host "web-04" cannot be without host group.', "groups"],
      ['Host group with ID "99999" is not available.', "groups"],
      ['Incorrect characters used for host name "bad name!".', "name"],
    ];
    for (const [data, field] of cases) {
      const error = invalidParams(data);
      expect([error.kind, error.details.field], data).toEqual(["invalid", field]);
      expect(error.message).toBe(`Zabbix host.create: ${data}`);
    }
  });

  it("maps rejected credentials and expired sessions to auth", () => {
    expect(
      appError("Incorrect user name or password or account is temporarily blocked.").kind,
    ).toBe("auth");
    expect(invalidParams("Session terminated, re-login, please.").kind).toBe("auth");
    expect(invalidParams("Not authorized.").kind).toBe("auth");
  });

  it("maps database failures (rolled back) to transient, other application errors to invalid", () => {
    expect(
      appError('SQL statement execution has failed "INSERT ...": deadlock detected').kind,
    ).toBe("transient");
    expect(appError("DBEXECUTE_ERROR").kind).toBe("transient");
    expect(appError("No permissions to referred object or it does not exist!").kind).toBe(
      "invalid",
    );
  });
});
