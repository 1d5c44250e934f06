/** The list, or `undefined` when it is empty: an empty block list shows in no plan. */
export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length === 0 ? undefined : items;
}
