/**
 * Typing that is not on the server yet. Forms that save as you go register a flush, so
 * logging out first sends what was typed; a reload keeps it in this tab's sessionStorage
 * until the form has sent it.
 */
type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();
const PREFIX = 'beredskab.unsaved.';

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

let flushing: Promise<unknown> | undefined;

/** Sends every form's pending changes; called before logout. Never throws. */
export function flushUnsavedWork(): Promise<unknown> {
  flushing ??= Promise.allSettled([...flushes].map((flush) => flush())).finally(() => {
    flushing = undefined;
  });
  return flushing;
}

export const unsavedBackup = {
  read<T>(key: string): T | undefined {
    try {
      const text = sessionStorage.getItem(PREFIX + key);
      return text ? (JSON.parse(text) as T) : undefined;
    } catch {
      return undefined;
    }
  },
  write(key: string, value: unknown) {
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      /* storage full or disabled: the autosave is still the main path */
    }
  },
  remove(key: string) {
    sessionStorage.removeItem(PREFIX + key);
  },
  /** On logout: another user of this tab must not find someone's typing. */
  clearAll() {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  },
};
