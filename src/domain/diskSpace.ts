/** Below either, an administrator is warned: a tenth of the disk, or 200 MB, whichever is met first. */
export const LOW_DISK_SHARE = 0.1;
export const LOW_DISK_BYTES = 200 * 1024 * 1024;

export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
}

/** Little enough left that writes may soon be refused. */
export function diskLow({ freeBytes, totalBytes }: DiskSpace): boolean {
  return freeBytes < LOW_DISK_BYTES || freeBytes < totalBytes * LOW_DISK_SHARE;
}

/** GET /api/disk: what the administrators' banner says. */
export interface DiskStatus extends DiskSpace {
  low: boolean;
  /** False while the store refuses writes (the disk is full). */
  writable: boolean;
}
