import { Fn } from "cdktf";

/**
 * The macros Zabbix's packaged Azure templates ("Azure virtual machine by HTTP", "Azure Microsoft
 * SQL database by HTTP", "Azure PostgreSQL flexible server by HTTP") identify a resource by. Its
 * credentials (`{$AZURE.APP_ID}`, `{$AZURE.PASSWORD}`, `{$AZURE.TENANT_ID}`) are not the
 * library's to set.
 *
 * @param id the resource's id, `/subscriptions/<subscription>/resourceGroups/...`
 */
export function azureTargetIdentifiers(id: string): Readonly<Record<string, string>> {
  return {
    "AZURE.RESOURCE_ID": id,
    "AZURE.SUBSCRIPTION_ID": Fn.element(Fn.split("/", id), 2),
  };
}
