import type { ResourceName, StoredRecord } from '../../domain/resources';
import type { ReadState } from './types';

/** A REST resource's records: numeric ids, as json-server keeps them. */
export const recordsOf = (state: ReadState, resource: ResourceName) =>
  state.all(resource) as readonly StoredRecord[];

export const recordOf = (state: ReadState, resource: ResourceName, id: number) =>
  state.find(resource, id) as StoredRecord | undefined;
