// @vitest-environment node
import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { raDanish } from '../../src/admin/i18n/raDanish';

type Leaf = { path: string; value: string };

function leaves(node: unknown, prefix = ''): Leaf[] {
  if (typeof node === 'string') return [{ path: prefix, value: node }];
  if (node === null || typeof node !== 'object') {
    throw new Error(`Uventet værditype ved "${prefix}": ${typeof node}`);
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

function lookup(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in cur)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function placeholders(s: string): string[] {
  return [...new Set(s.match(/%\{[^}]+\}/g) ?? [])].sort();
}

const PLURAL_SEPARATOR = '||||';

/**
 * Keys whose Danish value may legitimately equal the English value: strings
 * made only of placeholders/whitespace (nothing to translate).
 */
const IDENTICAL_ALLOWED = new Set(['ra.boolean.null', 'ra.page.edit', 'ra.page.list', 'ra.page.show']);

/** English words that must never survive in the Danish strings. */
const ENGLISH_WORDS = [
  'the',
  'and',
  'or',
  'of',
  'to',
  'please',
  'are',
  'you',
  'sure',
  'item',
  'items',
  'page',
  'delete',
  'save',
  'cancel',
  'search',
  'filter by',
  'select',
  'show',
  'hide',
  'error',
  'loading',
  'found',
  'yes',
  'no',
  'not',
  'with',
  'your',
  'this',
  'these',
];

const english = leaves(englishMessages);
const danish = leaves(raDanish);

describe('raDanish', () => {
  it('has a non-trivial number of keys', () => {
    expect(english.length).toBeGreaterThan(150);
  });

  it('contains every leaf key of the English pack', () => {
    const missing = english
      .filter(({ path }) => typeof lookup(raDanish, path) !== 'string')
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('contains no keys that the English pack lacks', () => {
    const extra = danish
      .filter(({ path }) => typeof lookup(englishMessages, path) !== 'string')
      .map(({ path }) => path);
    expect(extra).toEqual([]);
  });

  it.each(english)('$path keeps all placeholders and plural forms', ({ path, value }) => {
    const da = lookup(raDanish, path);
    expect(typeof da).toBe('string');
    const daStr = da as string;

    expect(placeholders(daStr)).toEqual(placeholders(value));

    const enForms = value.split(PLURAL_SEPARATOR);
    const daForms = daStr.split(PLURAL_SEPARATOR);
    expect(daForms.length).toBe(enForms.length);
    if (enForms.length > 1) {
      expect(daStr).toContain(` ${PLURAL_SEPARATOR} `);
      daForms.forEach((form) => expect(form.trim().length).toBeGreaterThan(0));
    }
  });

  it('translates every value (identical only for allow-listed keys)', () => {
    const untranslated = english
      .filter(({ path, value }) => lookup(raDanish, path) === value && !IDENTICAL_ALLOWED.has(path))
      .map(({ path }) => path);
    expect(untranslated).toEqual([]);
  });

  it('leaves no common English words behind', () => {
    const offenders = danish.flatMap(({ path, value }) => {
      const text = value.replace(/%\{[^}]+\}/g, ' ').toLowerCase();
      return ENGLISH_WORDS.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text)).map(
        (w) => `${path}: "${w}"`,
      );
    });
    expect(offenders).toEqual([]);
  });
});
