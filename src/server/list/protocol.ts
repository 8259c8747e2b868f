import type { Request } from 'express';
import { badRequest } from '../errors/apiError';

/** The ra-data-simple-rest list protocol: `filter`, `sort` and `range` as JSON query parameters. */
export type Scalar = string | number | boolean | null;

export interface FilterClause {
  field: string;
  op: 'eq' | 'ne' | 'gte' | 'lte';
  values: Scalar[];
}

export interface ListQuery {
  filters: FilterClause[];
  /** Full-text search words; every word must match some readable field. */
  search: string[];
  sort?: { field: string; order: 'ASC' | 'DESC' };
  range?: { start: number; end: number };
}

const OPS = [
  ['_gte', 'gte'],
  ['_lte', 'lte'],
  ['_ne', 'ne'],
] as const;
const MAX_VALUES = 10_000;

function param(req: Request, name: string): unknown {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`Parameteren ${name} må kun angives én gang som JSON`);
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`Parameteren ${name} er ikke gyldig JSON`);
  }
}

const isScalar = (v: unknown): v is Scalar =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

function parseFilter(raw: unknown, fields: ReadonlySet<string>): Pick<ListQuery, 'filters' | 'search'> {
  if (raw === undefined) return { filters: [], search: [] };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw badRequest('Parameteren filter skal være et JSON-objekt');
  const filters: FilterClause[] = [];
  let search: string[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'q') {
      if (typeof value !== 'string') throw badRequest('Søgningen skal være tekst', { q: 'Skal være tekst' });
      search = value.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
      continue;
    }
    const [suffix, op] = OPS.find(([s]) => key.endsWith(s)) ?? ['', 'eq' as const];
    const field = key.slice(0, key.length - suffix.length);
    if (!fields.has(field)) throw badRequest(`Ukendt filterfelt: ${key}`, { [key]: 'Ukendt felt' });
    const values = Array.isArray(value) ? value : [value];
    if (values.length > MAX_VALUES || !values.every(isScalar) || (op !== 'eq' && values.length !== 1))
      throw badRequest(`Ugyldig filterværdi for ${key}`, { [key]: 'Ugyldig værdi' });
    filters.push({ field, op, values });
  }
  return { filters, search };
}

function parseSort(raw: unknown, fields: ReadonlySet<string>): ListQuery['sort'] {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'string' || typeof raw[1] !== 'string')
    throw badRequest('Parameteren sort skal være ["felt","ASC"] eller ["felt","DESC"]');
  const order = raw[1].toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw badRequest('Sorteringsretningen skal være ASC eller DESC');
  if (!fields.has(raw[0])) throw badRequest(`Der kan ikke sorteres på ${raw[0]}`);
  return { field: raw[0], order };
}

function parseRange(raw: unknown): ListQuery['range'] {
  if (raw === undefined) return undefined;
  const ok =
    Array.isArray(raw) &&
    raw.length === 2 &&
    raw.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    raw[1] >= raw[0];
  if (!ok) throw badRequest('Parameteren range skal være [start,slut] med hele tal, slut ≥ start');
  return { start: raw[0], end: raw[1] };
}

/** Reads a list request; unknown fields are a 400, never silently ignored. */
export function parseListQuery(req: Request, fields: ReadonlySet<string>): ListQuery {
  return {
    ...parseFilter(param(req, 'filter'), fields),
    sort: parseSort(param(req, 'sort'), fields),
    range: parseRange(param(req, 'range')),
  };
}

export function contentRange(resource: string, start: number, count: number, total: number): string {
  const end = count > 0 ? start + count - 1 : start;
  return `${resource} ${start}-${end}/${total}`;
}
