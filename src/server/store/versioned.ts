import { VERSION } from '../../domain/resourceNames';

/** Records from a seed or from before versions existed start at version 1. */
export const versioned = <T extends Record<string, unknown>>(record: T): T =>
  typeof record[VERSION] === 'number' ? record : { ...record, [VERSION]: 1 };
