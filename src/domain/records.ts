import type { ResourceName } from './resourceNames';

/** A stored REST record: a numeric id, as json-server keeps it, and its fields. */
export type StoredRecord = { id: number } & Record<string, unknown>;

/** What a write's rules and derivations may look at besides the record itself. */
export interface WriteContext {
  now: Date;
  username: string | null;
  find(resource: ResourceName, id: number): StoredRecord | undefined;
  all(resource: ResourceName): readonly StoredRecord[];
}
