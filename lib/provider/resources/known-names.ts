/**
 * Names already taken in the backend, read once per plan. Each planned create checks its name
 * for a collision; Terraform plans -parallelism resources at once, so even coalesced, 200
 * creates cost 20 lookups in a row. When the backend has few enough objects of the kind, one
 * read of all their names answers every check, and only a name found there is looked up (to tell
 * the provider's own object from another's). A name taken after the read is still caught: the
 * create reports the collision with the same message.
 */
import type { ObjectApi } from "../backend-driver";

/** Above this many objects of a kind, each planned create looks its name up instead. */
export const KNOWN_NAMES_MAX = 10_000;

type NamedApi = Pick<ObjectApi<unknown, unknown>, "listNames">;

/** The taken names of each object kind, read at most once per provider process. */
export class KnownNames {
  private readonly byApi = new WeakMap<NamedApi, Promise<ReadonlySet<string> | undefined>>();

  constructor(private readonly max: number = KNOWN_NAMES_MAX) {}

  /** False only when `name` is certainly free (as of the read); true when it must be looked up. */
  async mayBeTaken(api: NamedApi, name: string): Promise<boolean> {
    const listNames = api.listNames?.bind(api);
    if (!listNames) return true;
    let names = this.byApi.get(api);
    if (!names) {
      // A failed read only costs the lookups, which report their own errors.
      names = listNames(this.max).catch(() => undefined);
      this.byApi.set(api, names);
    }
    return (await names)?.has(name) ?? true;
  }
}
