import { CloudfrontDistribution } from "@cdktf/provider-aws/lib/cloudfront-distribution";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { Network } from "./network";

/** Options of {@link WebTier}. */
export interface WebTierProps {
  readonly network: Network;
  /** Container image of the storefront. */
  readonly image: string;
  /**
   * Number of Fargate tasks.
   *
   * @default 3
   */
  readonly desiredCount?: number;
}

/** The storefront: CloudFront in front of an internet-facing ALB, in front of a Fargate service. */
export class WebTier extends Construct {
  readonly loadBalancer: Lb;
  readonly targetGroup: LbTargetGroup;
  readonly cluster: EcsCluster;
  readonly service: EcsService;
  readonly distribution: CloudfrontDistribution;
  /** Security group of the Fargate tasks (the database lets it in). */
  readonly serviceSecurityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: WebTierProps) {
    super(scope, id);
    const { network } = props;
    const albSg = new SecurityGroup(this, "alb-sg", {
      name: "shop-prod-alb",
      description: "Public HTTP(S) to the load balancer",
      vpcId: network.vpc.id,
      ingress: [80, 443].map((port) => ({
        protocol: "tcp",
        fromPort: port,
        toPort: port,
        cidrBlocks: ["0.0.0.0/0"],
      })),
      egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    });
    this.serviceSecurityGroup = new SecurityGroup(this, "service-sg", {
      name: "shop-prod-storefront",
      description: "Load balancer to the storefront tasks",
      vpcId: network.vpc.id,
      ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, securityGroups: [albSg.id] }],
      egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    });

    this.loadBalancer = new Lb(this, "alb", {
      name: "shop-prod",
      loadBalancerType: "application",
      internal: false,
      securityGroups: [albSg.id],
      subnets: network.publicSubnets.map((s) => s.id),
    });
    this.targetGroup = new LbTargetGroup(this, "storefront-tg", {
      name: "shop-prod-storefront",
      port: 8080,
      protocol: "HTTP",
      targetType: "ip",
      vpcId: network.vpc.id,
      healthCheck: {
        path: "/healthz",
        matcher: "200",
        interval: 15,
        healthyThreshold: 2,
        unhealthyThreshold: 3,
      },
    });
    new LbListener(this, "http", {
      loadBalancerArn: this.loadBalancer.arn,
      port: 80,
      protocol: "HTTP",
      defaultAction: [{ type: "forward", targetGroupArn: this.targetGroup.arn }],
    });

    this.cluster = new EcsCluster(this, "cluster", {
      name: "shop-prod",
      setting: [{ name: "containerInsights", value: "enabled" }],
    });
    const executionRole = new IamRole(this, "task-execution-role", {
      name: "shop-prod-storefront-execution",
      assumeRolePolicy: Fn.jsonencode({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "ecs-tasks.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
        ],
      }),
      managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
    });
    const task = new EcsTaskDefinition(this, "storefront-task", {
      family: "shop-prod-storefront",
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "512",
      memory: "1024",
      executionRoleArn: executionRole.arn,
      containerDefinitions: Fn.jsonencode([
        {
          name: "storefront",
          image: props.image,
          essential: true,
          portMappings: [{ containerPort: 8080, protocol: "tcp" }],
        },
      ]),
    });
    this.service = new EcsService(this, "storefront", {
      name: "storefront",
      cluster: this.cluster.id,
      taskDefinition: task.arn,
      desiredCount: props.desiredCount ?? 3,
      launchType: "FARGATE",
      networkConfiguration: {
        subnets: network.privateSubnets.map((s) => s.id),
        securityGroups: [this.serviceSecurityGroup.id],
      },
      loadBalancer: [
        { targetGroupArn: this.targetGroup.arn, containerName: "storefront", containerPort: 8080 },
      ],
      deploymentCircuitBreaker: { enable: true, rollback: true },
    });

    this.distribution = new CloudfrontDistribution(this, "cdn", {
      enabled: true,
      comment: "shop-prod storefront",
      priceClass: "PriceClass_100",
      origin: [
        {
          originId: "alb",
          domainName: this.loadBalancer.dnsName,
          customOriginConfig: {
            httpPort: 80,
            httpsPort: 443,
            originProtocolPolicy: "http-only",
            originSslProtocols: ["TLSv1.2"],
          },
        },
      ],
      defaultCacheBehavior: {
        targetOriginId: "alb",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"],
        cachedMethods: ["GET", "HEAD"],
        forwardedValues: { queryString: true, cookies: { forward: "all" }, headers: ["Host"] },
        minTtl: 0,
        defaultTtl: 0,
        maxTtl: 300,
      },
      restrictions: { geoRestriction: { restrictionType: "none" } },
      viewerCertificate: { cloudfrontDefaultCertificate: true },
    });
  }
}
