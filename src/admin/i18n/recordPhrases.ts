import type { StringMap } from 'react-admin';

/**
 * What react-admin says of one record of a resource: the create page's title (its default,
 * "Opret %{name}", would capitalise the resource's name: "Opret Bruger") and the notices
 * after a save ("Hændelsen er oprettet" rather than "Element oprettet"). react-admin looks
 * them up itself as `resources.<resource>.page.create` and `.notifications.<created|updated|deleted>`.
 */
export interface RecordPhrases {
  create: string;
  created: string;
  updated: string;
  deleted: string;
}

/** The resources' messages with each one's phrases added beside its name and fields. */
export function withRecordPhrases(resources: StringMap, phrases: Record<string, RecordPhrases>): StringMap {
  const merged: StringMap = { ...resources };
  for (const [resource, { create, ...notifications }] of Object.entries(phrases)) {
    const own = (resources[resource] ?? {}) as StringMap;
    merged[resource] = { ...own, page: { ...((own.page as StringMap) ?? {}), create }, notifications };
  }
  return merged;
}
