import { createContext, useContext } from 'react';
import type { RaRecord } from 'react-admin';

export interface Conflict {
  /** The record as the server has it now, after a save was refused as stale; undefined when none. */
  current: RaRecord | undefined;
  /** The version the form stands on once a conflict was resolved; undefined: the loaded record. */
  base: RaRecord | undefined;
  /** The user chose: the form now stands on `current`. */
  resolve(): void;
}

/** Carries a refused save from the Edit page's mutation into its form, where the dialog lives. */
export const ConflictContext = createContext<Conflict | undefined>(undefined);

export const useConflict = () => useContext(ConflictContext);
