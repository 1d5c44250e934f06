import { Eip } from "@cdktf/provider-aws/lib/eip";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";
import { RouteTableAssociation } from "@cdktf/provider-aws/lib/route-table-association";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { Construct } from "constructs";

/** Options of {@link Network}. */
export interface NetworkProps {
  /** Region of the VPC; its `a` and `b` availability zones are used. */
  readonly region: string;
  /**
   * IPv4 range of the VPC; public subnets take its first two /24s, private subnets the next two.
   *
   * @default "10.40.0.0/16"
   */
  readonly cidrBlock?: string;
}

/** A two-zone VPC: public subnets behind an internet gateway, private subnets behind one NAT gateway. */
export class Network extends Construct {
  readonly vpc: Vpc;
  readonly publicSubnets: Subnet[];
  readonly privateSubnets: Subnet[];
  readonly natGateway: NatGateway;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const cidr = props.cidrBlock ?? "10.40.0.0/16";
    const base = cidr.split(".").slice(0, 2).join(".");
    this.vpc = new Vpc(this, "vpc", {
      cidrBlock: cidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: "shop-prod" },
    });
    const zones = ["a", "b"].map((z) => `${props.region}${z}`);
    this.publicSubnets = zones.map(
      (az, i) =>
        new Subnet(this, `public-${i}`, {
          vpcId: this.vpc.id,
          availabilityZone: az,
          cidrBlock: `${base}.${i}.0/24`,
          mapPublicIpOnLaunch: true,
          tags: { Name: `shop-prod-public-${az}` },
        }),
    );
    this.privateSubnets = zones.map(
      (az, i) =>
        new Subnet(this, `private-${i}`, {
          vpcId: this.vpc.id,
          availabilityZone: az,
          cidrBlock: `${base}.${i + 10}.0/24`,
          tags: { Name: `shop-prod-private-${az}` },
        }),
    );

    const igw = new InternetGateway(this, "igw", { vpcId: this.vpc.id });
    const publicRoutes = new RouteTable(this, "public-routes", { vpcId: this.vpc.id });
    new Route(this, "public-default", {
      routeTableId: publicRoutes.id,
      destinationCidrBlock: "0.0.0.0/0",
      gatewayId: igw.id,
    });

    const natIp = new Eip(this, "nat-ip", { domain: "vpc" });
    this.natGateway = new NatGateway(this, "nat", {
      allocationId: natIp.id,
      subnetId: this.publicSubnets[0]!.id,
      tags: { Name: "shop-prod-nat" },
    });
    const privateRoutes = new RouteTable(this, "private-routes", { vpcId: this.vpc.id });
    new Route(this, "private-default", {
      routeTableId: privateRoutes.id,
      destinationCidrBlock: "0.0.0.0/0",
      natGatewayId: this.natGateway.id,
    });

    this.publicSubnets.forEach(
      (subnet, i) =>
        new RouteTableAssociation(this, `public-assoc-${i}`, {
          subnetId: subnet.id,
          routeTableId: publicRoutes.id,
        }),
    );
    this.privateSubnets.forEach(
      (subnet, i) =>
        new RouteTableAssociation(this, `private-assoc-${i}`, {
          subnetId: subnet.id,
          routeTableId: privateRoutes.id,
        }),
    );
  }
}
