/** A stored row of any collection: REST records have numeric ids, sessions string ones. */
export type Key = number | string;
export interface Row {
  id: Key;
  [field: string]: unknown;
}
