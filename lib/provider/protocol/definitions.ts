/**
 * Message and service definitions of the two protocols the provider serves, written for this
 * project from their documented field numbers and types, restricted to what the provider uses:
 * - `tfplugin6` (Terraform plugin protocol 6.x): the provider service;
 * - `plugin` (go-plugin): `GRPCController` (Shutdown) and `GRPCStdio` (StreamStdio).
 *
 * They are protobufjs reflection JSON rather than `.proto` text: loading JSON costs no parsing at
 * start-up (the handshake budget is 150 ms), the bundle needs no data files, and TypeScript checks
 * the shape. Fields Terraform sends that are not declared here are skipped by the decoder.
 */
import type { INamespace } from "protobufjs";

interface FieldJson {
  readonly type: string;
  readonly id: number;
  readonly rule?: "repeated";
  readonly keyType?: string;
}

const field = (type: string, id: number): FieldJson => ({ type, id });
const repeated = (type: string, id: number): FieldJson => ({ type, id, rule: "repeated" });
const map = (type: string, id: number): FieldJson => ({ keyType: "string", type, id });

/** A request/response pair nested in a message named after the RPC, as tfplugin6 does. */
function rpcMessages(request: Record<string, FieldJson>, response: Record<string, FieldJson>) {
  return { fields: {}, nested: { Request: { fields: request }, Response: { fields: response } } };
}

const diagnostics = (id: number) => ({ diagnostics: repeated("Diagnostic", id) });

const tfplugin6: INamespace = {
  nested: {
    DynamicValue: { fields: { msgpack: field("bytes", 1), json: field("bytes", 2) } },
    Diagnostic: {
      fields: {
        severity: field("Severity", 1),
        summary: field("string", 2),
        detail: field("string", 3),
        attribute: field("AttributePath", 4),
      },
      nested: { Severity: { values: { INVALID: 0, ERROR: 1, WARNING: 2 } } },
    },
    AttributePath: {
      fields: { steps: repeated("Step", 1) },
      nested: {
        Step: {
          oneofs: {
            selector: { oneof: ["attribute_name", "element_key_string", "element_key_int"] },
          },
          fields: {
            attribute_name: field("string", 1),
            element_key_string: field("string", 2),
            element_key_int: field("int64", 3),
          },
        },
      },
    },
    RawState: { fields: { json: field("bytes", 1), flatmap: map("string", 2) } },
    StringKind: { values: { PLAIN: 0, MARKDOWN: 1 } },
    Schema: {
      fields: { version: field("int64", 1), block: field("Block", 2) },
      nested: {
        Block: {
          fields: {
            version: field("int64", 1),
            attributes: repeated("Attribute", 2),
            block_types: repeated("NestedBlock", 3),
            description: field("string", 4),
            description_kind: field("StringKind", 5),
            deprecated: field("bool", 6),
          },
        },
        Attribute: {
          fields: {
            name: field("string", 1),
            type: field("bytes", 2),
            description: field("string", 3),
            required: field("bool", 4),
            optional: field("bool", 5),
            computed: field("bool", 6),
            sensitive: field("bool", 7),
            description_kind: field("StringKind", 8),
            deprecated: field("bool", 9),
          },
        },
        NestedBlock: {
          fields: {
            type_name: field("string", 1),
            block: field("Block", 2),
            nesting: field("NestingMode", 3),
            min_items: field("int64", 4),
            max_items: field("int64", 5),
          },
          nested: {
            NestingMode: { values: { INVALID: 0, SINGLE: 1, LIST: 2, SET: 3, MAP: 4, GROUP: 5 } },
          },
        },
      },
    },
    ServerCapabilities: {
      fields: { plan_destroy: field("bool", 1), get_provider_schema_optional: field("bool", 2) },
    },
    GetProviderSchema: rpcMessages(
      {},
      {
        provider: field("Schema", 1),
        resource_schemas: map("Schema", 2),
        data_source_schemas: map("Schema", 3),
        ...diagnostics(4),
        provider_meta: field("Schema", 5),
        server_capabilities: field("ServerCapabilities", 6),
      },
    ),
    ValidateProviderConfig: rpcMessages({ config: field("DynamicValue", 1) }, diagnostics(2)),
    ValidateResourceConfig: rpcMessages(
      { type_name: field("string", 1), config: field("DynamicValue", 2) },
      diagnostics(1),
    ),
    ValidateDataResourceConfig: rpcMessages(
      { type_name: field("string", 1), config: field("DynamicValue", 2) },
      diagnostics(1),
    ),
    UpgradeResourceState: rpcMessages(
      {
        type_name: field("string", 1),
        version: field("int64", 2),
        raw_state: field("RawState", 3),
      },
      { upgraded_state: field("DynamicValue", 1), ...diagnostics(2) },
    ),
    ConfigureProvider: rpcMessages(
      { terraform_version: field("string", 1), config: field("DynamicValue", 2) },
      diagnostics(1),
    ),
    ReadResource: rpcMessages(
      {
        type_name: field("string", 1),
        current_state: field("DynamicValue", 2),
        private: field("bytes", 3),
      },
      { new_state: field("DynamicValue", 1), ...diagnostics(2), private: field("bytes", 3) },
    ),
    PlanResourceChange: rpcMessages(
      {
        type_name: field("string", 1),
        prior_state: field("DynamicValue", 2),
        proposed_new_state: field("DynamicValue", 3),
        config: field("DynamicValue", 4),
        prior_private: field("bytes", 5),
      },
      {
        planned_state: field("DynamicValue", 1),
        requires_replace: repeated("AttributePath", 2),
        planned_private: field("bytes", 3),
        ...diagnostics(4),
      },
    ),
    ApplyResourceChange: rpcMessages(
      {
        type_name: field("string", 1),
        prior_state: field("DynamicValue", 2),
        planned_state: field("DynamicValue", 3),
        config: field("DynamicValue", 4),
        planned_private: field("bytes", 5),
      },
      { new_state: field("DynamicValue", 1), private: field("bytes", 2), ...diagnostics(3) },
    ),
    ImportResourceState: {
      fields: {},
      nested: {
        Request: { fields: { type_name: field("string", 1), id: field("string", 2) } },
        ImportedResource: {
          fields: {
            type_name: field("string", 1),
            state: field("DynamicValue", 2),
            private: field("bytes", 3),
          },
        },
        Response: {
          fields: { imported_resources: repeated("ImportedResource", 1), ...diagnostics(2) },
        },
      },
    },
    ReadDataSource: rpcMessages(
      { type_name: field("string", 1), config: field("DynamicValue", 2) },
      { state: field("DynamicValue", 1), ...diagnostics(2) },
    ),
    StopProvider: rpcMessages({}, { Error: field("string", 1) }),
  },
};

const plugin: INamespace = {
  nested: {
    Empty: { fields: {} },
    StdioData: {
      fields: { channel: field("Channel", 1), data: field("bytes", 2) },
      nested: { Channel: { values: { INVALID: 0, STDOUT: 1, STDERR: 2 } } },
    },
  },
};

/** The reflection root handed to `protobufjs.Root.fromJSON`. */
export const PROTOCOL_JSON: INamespace = { nested: { tfplugin6, plugin } };

/** One RPC: its service, method name, message types and whether it streams responses. */
export interface RpcDefinition {
  readonly service: string;
  readonly method: string;
  readonly requestType: string;
  readonly responseType: string;
  /** @default false */
  readonly responseStream?: boolean;
}

const providerRpc = (method: string): RpcDefinition => ({
  service: "tfplugin6.Provider",
  method,
  requestType: `tfplugin6.${method}.Request`,
  responseType: `tfplugin6.${method}.Response`,
});

/** The tfplugin6 RPCs the provider serves; the others answer UNIMPLEMENTED. */
export const PROVIDER_RPCS = [
  "GetProviderSchema",
  "ValidateProviderConfig",
  "ValidateResourceConfig",
  "ValidateDataResourceConfig",
  "UpgradeResourceState",
  "ConfigureProvider",
  "ReadResource",
  "PlanResourceChange",
  "ApplyResourceChange",
  "ImportResourceState",
  "ReadDataSource",
  "StopProvider",
].map(providerRpc);

export const SHUTDOWN_RPC: RpcDefinition = {
  service: "plugin.GRPCController",
  method: "Shutdown",
  requestType: "plugin.Empty",
  responseType: "plugin.Empty",
};

export const STREAM_STDIO_RPC: RpcDefinition = {
  service: "plugin.GRPCStdio",
  method: "StreamStdio",
  requestType: "plugin.Empty",
  responseType: "plugin.StdioData",
  responseStream: true,
};
