import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/domain/categories';
import { LEVELS } from '../../src/domain/levels';
import { RESOURCES, RESOURCE_NAMES } from '../../src/domain/resources';
import { da } from '../../src/admin/i18n/da';
import { en } from '../../src/admin/i18n/en';

/** Every leaf key of a message tree, dotted. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const get = (tree: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);

describe('the panel messages', () => {
  it('has the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('labels every field of every resource, including computed ones', () => {
    for (const name of RESOURCE_NAMES) {
      const def = RESOURCES[name];
      for (const field of ['id', ...Object.keys(def.schema.shape), ...def.computed, ...def.derived])
        expect(get(da, `resources.${name}.fields.${field}`), `${name}.${field}`).toEqual(expect.any(String));
    }
  });

  it('titles a create page and notices a save per resource, in Danish sentence case', () => {
    for (const name of [...RESOURCE_NAMES, 'users', 'directoryMappings']) {
      expect(get(da, `resources.${name}.page.create`), name).toMatch(/^Opret [a-zæøå]/);
      for (const notice of ['created', 'updated', 'deleted'])
        expect(get(da, `resources.${name}.notifications.${notice}`), `${name}.${notice}`).toMatch(
          /^[A-ZÆØÅ][a-zæøå]+ er (oprettet|gemt|slettet)$/,
        );
    }
    expect(get(da, 'resources.incidents.notifications.created')).toBe('Hændelsen er oprettet');
    expect(get(da, 'resources.incidents.notifications.updated')).toBe('Hændelsen er gemt');
    expect(get(da, 'resources.users.page.create')).toBe('Opret bruger');
    // The phrases are added beside the resource's own messages, not instead of them.
    expect(get(da, 'resources.incidents.fields.level')).toBe('Beredskabsniveau');
  });

  it('names every level and category', () => {
    for (const level of LEVELS) expect(get(da, `beredskab.levels.${level}`)).toEqual(expect.any(String));
    for (const category of CATEGORIES)
      expect(get(da, `beredskab.categories.${category}`)).toEqual(expect.any(String));
  });
});
