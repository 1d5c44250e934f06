/** Links into the Zabbix frontend, derived from the API url. */

/** `https://z.example.com/zabbix/api_jsonrpc.php` → `https://z.example.com/zabbix/`. */
export function frontendBase(apiUrl: string): string {
  const u = new URL(apiUrl);
  u.search = "";
  u.hash = "";
  u.username = "";
  u.password = "";
  u.pathname = u.pathname.replace(/[^/]*$/, "");
  return u.toString();
}

export function hostUrl(base: string, hostid: string): string {
  return `${base}zabbix.php?action=host.edit&hostid=${encodeURIComponent(hostid)}`;
}

export function dashboardUrl(base: string, dashboardid: string): string {
  return `${base}zabbix.php?action=dashboard.view&dashboardid=${encodeURIComponent(dashboardid)}`;
}

export function mapUrl(base: string, sysmapid: string): string {
  return `${base}zabbix.php?action=map.view&sysmapid=${encodeURIComponent(sysmapid)}`;
}
