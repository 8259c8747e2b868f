/** Select choices whose names are translation keys: react-admin translates them. */
export function choicesFor(namespace: string, values: readonly (string | number)[]) {
  return values.map((id) => ({ id, name: `beredskab.${namespace}.${id}` }));
}
