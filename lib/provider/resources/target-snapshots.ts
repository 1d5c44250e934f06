/**
 * Refreshing targets a group at a time. Terraform refreshes -parallelism resources at once (10 by
 * default), so even coalesced, reading 200 targets by id takes 20 round trips. The state Terraform
 * sends with each read names the target's groups: the first read of a group's target reads every
 * target of those groups in one go, and the reads of the others are answered from that snapshot,
 * taken moments earlier in the same refresh. A target not in the snapshot (deleted, or moved to
 * another group out of band) is read by id as before, so drift still shows.
 */
import type { Target, TargetApi } from "../backend-driver";

/** Above this many targets in a target's groups, reads go by id: the snapshot would cost more. */
export const SNAPSHOT_MAX_TARGETS = 1000;

export class TargetSnapshots {
  private readonly byGroups = new Map<string, Promise<ReadonlyMap<string, Target> | undefined>>();

  constructor(
    private readonly api: TargetApi,
    private readonly max: number = SNAPSHOT_MAX_TARGETS,
  ) {}

  /** Target `id`, whose state says it is in `groups`; `undefined` when it does not exist. */
  async read(id: string, groups: readonly string[] | undefined): Promise<Target | undefined> {
    const snapshot = groups && groups.length > 0 ? await this.snapshot(groups) : undefined;
    return snapshot?.get(id) ?? this.api.read(id);
  }

  private snapshot(groups: readonly string[]): Promise<ReadonlyMap<string, Target> | undefined> {
    const readInGroups = this.api.readInGroups?.bind(this.api);
    if (!readInGroups) return Promise.resolve(undefined);
    const key = [...groups].sort().join(",");
    let snapshot = this.byGroups.get(key);
    if (!snapshot) {
      snapshot = readInGroups(groups, this.max).then(
        (targets) => targets && new Map(targets.map((t) => [t.id, t])),
        // A failed snapshot only costs the reads by id, which report their own errors.
        () => undefined,
      );
      this.byGroups.set(key, snapshot);
    }
    return snapshot;
  }
}
