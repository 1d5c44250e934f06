/**
 * What a documentation snippet refers to without declaring it (`stack`, `app`, the resources it
 * monitors), by context name (`<!-- check: typecheck <context> -->`, `test/support/doc-blocks.ts`).
 * The docs check writes `before`, the block, then `after` into one user file that imports the
 * built package as `cdktf-monitoring`. Contexts of `synth` blocks build real constructs; those
 * of `typecheck` blocks may only declare them.
 */
export interface DocContext {
  readonly before: string;
  readonly after: string;
}

/** A module with no context: the block is the whole file. */
export const NO_CONTEXT: DocContext = { before: "", after: "export {};\n" };

export const DOC_CONTEXTS: Readonly<Record<string, DocContext>> = {
  /** An app with one stack and one resource of each service the facade snippet monitors. */
  "aws-resources": {
    before: `import { App, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
const app = new App();
const stack = new TerraformStack(app, "docs");
new AwsProvider(stack, "aws", { region: "eu-west-1" });
const web = new Instance(stack, "web", { ami: "ami-0123456789abcdef0", instanceType: "t3.micro" });
const db = new DbInstance(stack, "db", {
  identifier: "orders", engine: "postgres", instanceClass: "db.t3.micro", allocatedStorage: 100,
});
const fn = new LambdaFunction(stack, "fn", {
  functionName: "worker", role: "arn:aws:iam::123456789012:role/worker", handler: "index.handler",
  runtime: "nodejs20.x", filename: "worker.zip", timeout: 30,
});
const orders = new SqsQueue(stack, "orders", { name: "orders" });
const ordersDlq = new SqsQueue(stack, "orders-dlq", { name: "orders-dlq" });
`,
    after: "app.synth();\n",
  },
  /** An app with one stack, an azurerm provider, two virtual machines, a vault and a SQL database. */
  "azure-resources": {
    before: `import { App, TerraformStack } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
const app = new App();
const stack = new TerraformStack(app, "docs");
new AzurermProvider(stack, "azurerm", { features: [{}] });
const vm = {
  resourceGroupName: "rg-shop", location: "westeurope", size: "Standard_D2s_v5",
  adminUsername: "azureuser", networkInterfaceIds: ["/subscriptions/0/nic/web"],
  osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
};
const web = new LinuxVirtualMachine(stack, "web", { ...vm, name: "web" });
const reports = new WindowsVirtualMachine(stack, "reports", {
  ...vm, name: "reports", adminPassword: "not-a-real-password-1A!",
});
const vault = new KeyVault(stack, "vault", {
  name: "kv-shop", resourceGroupName: "rg-shop", location: "westeurope", skuName: "standard",
  tenantId: "00000000-0000-0000-0000-000000000000",
});
const orders = new MssqlDatabase(stack, "orders", {
  name: "orders", serverId: "/subscriptions/0/resourceGroups/rg-data/providers/Microsoft.Sql/servers/shop",
});
`,
    after: "app.synth();\n",
  },
  /** The names the one-stack layout uses. */
  "hybrid-one-stack": {
    before: `import { App, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { Instance } from "@cdktf/provider-aws/lib/instance";
import { LinuxServer, Monitoring, MonitoringProvider } from "cdktf-monitoring";
declare const app: App;
declare const url: string;
declare const web: Instance;
`,
    after: "",
  },
  /** An app and a backend URL, for the two-stack layout. */
  "hybrid-two-stacks": {
    before: `import { App, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Monitoring, MonitoringProvider } from "cdktf-monitoring";
const app = new App();
const url = "https://zabbix.example.com/api_jsonrpc.php";
`,
    after: `new AwsProvider(cloud, "aws", { region: "eu-west-1" });
app.synth();
`,
  },
  /** An app to declare stacks in. */
  app: {
    before: `import { App } from "cdktf";
const app = new App();
`,
    after: "app.synth();\n",
  },
};
