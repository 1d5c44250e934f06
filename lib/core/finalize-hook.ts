import {
  DefaultTokenResolver,
  StringConcat,
  TerraformElement,
  TerraformStack,
  Tokenization,
} from "cdktf";
import type { Construct, IConstruct } from "constructs";

const resolver = new DefaultTokenResolver(new StringConcat());

/**
 * Runs the facade's synth-time work (discovery, dashboards, composite alarms) during
 * `app.synth()`'s prepare phase, where cdktf wires cross-stack references, so alarms that
 * discovery creates for resources of another stack get their remote-state references like
 * explicit ones. Emits nothing itself. The facade's aspect runs the same work (once) when the
 * prepare phase is skipped, as in `Testing.synth()`.
 */
export class FinalizeHook extends TerraformElement {
  constructor(
    scope: Construct,
    id: string,
    private readonly finalize: () => readonly IConstruct[],
  ) {
    super(scope, id);
  }

  override toTerraform(): Record<string, never> {
    for (const created of this.finalize()) {
      for (const node of created.node.findAll()) {
        if (TerraformElement.isTerraformElement(node) && node !== this) {
          Tokenization.resolve(node.toTerraform(), {
            scope: TerraformStack.of(node),
            preparing: true,
            resolver,
          });
        }
      }
    }
    return {};
  }
}
