import type { StringMap } from 'react-admin';
import { withRecordPhrases, type RecordPhrases } from './recordPhrases';

/** One area's messages: its resources' labels and its app texts under `beredskab`. */
export interface MessagePart {
  resources?: StringMap;
  beredskab?: StringMap;
}

/**
 * The areas side by side; each owns its own keys, so a shallow merge is enough. Each
 * resource then gets its phrases (recordPhrases.ts): its create page's title and notices.
 */
export const composeMessages = (
  parts: readonly MessagePart[],
  phrases: Record<string, RecordPhrases>,
): { resources: StringMap; beredskab: StringMap } => ({
  resources: withRecordPhrases(Object.assign({}, ...parts.map((p) => p.resources ?? {})), phrases),
  beredskab: Object.assign({}, ...parts.map((p) => p.beredskab ?? {})),
});
