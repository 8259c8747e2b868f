export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping every write changes; a reader is not told about it. */
const BOOKKEEPING = new Set(['id', 'version']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ funding: { lbf: 1 } }` as `{ 'funding.lbf': 1 }`, the way the field labels are keyed. */
function flatten(record: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).flatMap(([key, value]) =>
      isPlainObject(value)
        ? Object.entries(flatten(value, `${prefix}${key}.`))
        : [[`${prefix}${key}`, value]],
    ),
  );
}

/** Equal as stored values: a form's '' and a record's null both mean "nothing". */
export const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a === '' ? null : (a ?? null)) === JSON.stringify(b === '' ? null : (b ?? null));

/** The fields that differ between two versions of a record, in the order the records list them. */
export function recordChanges(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): FieldChange[] {
  const a = flatten(before ?? {});
  const b = flatten(after ?? {});
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field) && !sameValue(a[field], b[field]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}
