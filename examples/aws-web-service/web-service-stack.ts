import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Monitoring } from "../../lib";
import { DataTier } from "./data-tier";
import { monitorWebService } from "./monitoring";
import { Network } from "./network";
import { WebTier } from "./web-tier";

/** Options of {@link WebServiceStack}. */
export interface WebServiceStackProps {
  /**
   * AWS region of the service.
   *
   * @default "eu-west-1"
   */
  readonly region?: string;
}

/**
 * The example's whole estate. The provider carries dummy keys and skips every account lookup, so
 * `terraform plan` of new resources runs offline; a real deployment would drop those settings.
 */
export class WebServiceStack extends TerraformStack {
  readonly network: Network;
  readonly web: WebTier;
  readonly data: DataTier;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: WebServiceStackProps = {}) {
    super(scope, id);
    const region = props.region ?? "eu-west-1";
    const offline = {
      accessKey: "AKIAIOSFODNN7EXAMPLE",
      secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      skipCredentialsValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: "true",
      defaultTags: [{ tags: { service: "shop", environment: "prod" } }],
    };
    new AwsProvider(this, "aws", { region, ...offline });
    // CloudFront's metrics exist only in us-east-1: its alarms go there through this provider.
    const usEast1 = new AwsProvider(this, "aws-us-east-1", {
      region: "us-east-1",
      alias: "us-east-1",
      ...offline,
    });

    this.network = new Network(this, "network", { region });
    this.web = new WebTier(this, "web", {
      network: this.network,
      image: "public.ecr.aws/nginx/nginx:1.27",
    });
    this.data = new DataTier(this, "data", {
      network: this.network,
      clientSecurityGroupId: this.web.serviceSecurityGroup.id,
      workerCode: { bucket: "shop-prod-artifacts", key: "order-worker/1.4.2.zip" },
    });
    this.monitoring = monitorWebService(this, this.data, usEast1);
  }
}
