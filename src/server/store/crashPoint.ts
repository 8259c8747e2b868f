/**
 * The crash tests' way to kill the server between two steps of a multi-step write (the
 * purge after an erasure): with STORE_CRASH_AT naming the step, the process kills itself
 * there with SIGKILL, as a power cut would. Nothing happens without that setting.
 */
export function crashPoint(step: string): void {
  if (process.env.STORE_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}

/** The steps of the purge after an erasure, in order: each one a place the crash tests kill. */
export const PURGE_STEPS = [
  'erasure-committed',
  'purge-journal-rotated',
  'purge-snapshot-written',
  'purge-backup-redacted',
  'purge-journal-removed',
] as const;
