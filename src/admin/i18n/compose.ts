import type { StringMap } from 'react-admin';

/** One area's messages: its resources' labels and its app texts under `beredskab`. */
export interface MessagePart {
  resources?: StringMap;
  beredskab?: StringMap;
}

/** The areas side by side; each owns its own keys, so a shallow merge is enough. */
export const composeMessages = (
  parts: readonly MessagePart[],
): { resources: StringMap; beredskab: StringMap } => ({
  resources: Object.assign({}, ...parts.map((p) => p.resources ?? {})),
  beredskab: Object.assign({}, ...parts.map((p) => p.beredskab ?? {})),
});
