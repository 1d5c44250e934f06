/**
 * `id` as V8's internalized copy, for construct ids computed at run time.
 *
 * `constructs` keys children by id, which turns a computed id string into a "thin" string, and
 * V8's `Array.prototype.join` treats thin strings as two-byte. cdktf joins the construct ids of
 * every nested element into its logical id, so each computed id made every logical id two-byte,
 * and from there every reference, dashboard body and, through json-stable-stringify's joins, the
 * whole `cdk.tf.json` text: twice the bytes at the peak of synth. An id that is already
 * internalized (as property keys are) stays one-byte. The characters are the same.
 */
export function constructId(id: string): string {
  // A prototype-less object is a dictionary: no hidden class per id.
  const keyed: Record<string, true> = Object.create(null) as Record<string, true>;
  keyed[id] = true;
  return Object.keys(keyed)[0] ?? id;
}
