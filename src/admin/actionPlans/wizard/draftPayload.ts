/**
 * A draft may be incomplete, but each row in it must be valid (the domain's row schemas): a
 * row still missing its required text is kept in the form and sent once it is filled in.
 */
const REQUIRED: Record<string, readonly string[]> = {
  interventions: ['action'],
  communications: ['audience'],
  callList: ['staff', 'contacts'],
};

const filled = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined);

export interface Payload {
  data: Record<string, unknown>;
  /** Rows held back. */
  held: number;
  /** A server error's path in the payload (interventions.1.phone) as the path in the form. */
  formPath(path: string): string;
}

export function draftPayload(values: Record<string, unknown>): Payload {
  const data = { ...values };
  const kept: Record<string, number[]> = {};
  let held = 0;
  for (const [list, fields] of Object.entries(REQUIRED)) {
    const rows = (Array.isArray(values[list]) ? values[list] : []) as Record<string, unknown>[];
    kept[list] = rows.flatMap((row, i) => (fields.every((f) => filled(row?.[f])) ? [i] : []));
    held += rows.length - kept[list]!.length;
    data[list] = kept[list]!.map((i) => rows[i]);
  }
  const formPath = (path: string) => {
    const m = path.match(/^(\w+)\.(\d+)(.*)$/);
    const index = m && kept[m[1]!]?.[Number(m[2])];
    return m && index !== undefined ? `${m[1]}.${index}${m[3]}` : path;
  };
  return { data, held, formPath };
}

export const wholePayload = (values: Record<string, unknown>): Payload => ({
  data: values,
  held: 0,
  formPath: (path) => path,
});
