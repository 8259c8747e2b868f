import type { Request, Response } from 'express';
import type { StoredRecord } from '../../domain/resources';
import { runListQuery, type ListOptions } from './listQuery';
import { tableOf, type Table } from '../store/collection';
import { contentRange, parseListQuery, type ListQuery } from './protocol';

/**
 * Answers a simple-rest list over `records`: parses and checks the query against the
 * readable `fields`, pages it, and sets Content-Range for the provider's total.
 */
export function sendList(
  req: Request,
  res: Response,
  resource: string,
  records: Table | readonly StoredRecord[],
  options: {
    fields: ReadonlySet<string>;
    hidden?: ReadonlySet<string>;
    scope?: ListOptions['scope'];
    derived?: ReadonlySet<string>;
    view?: (r: StoredRecord) => StoredRecord;
    shape?: (r: StoredRecord) => unknown;
    /** Already parsed by the caller. */
    query?: ListQuery;
  },
): void {
  const query = options.query ?? parseListQuery(req, options.fields);
  const table = Array.isArray(records) ? tableOf(records as StoredRecord[]) : (records as Table);
  const { total, page, start } = runListQuery(table, query, {
    hidden: options.hidden ?? new Set(),
    scope: options.scope,
    derived: options.derived,
    view: options.view,
  });
  res.set('Content-Range', contentRange(resource, start, page.length, total));
  res.set('Access-Control-Expose-Headers', 'Content-Range');
  res.json(options.shape ? page.map(options.shape) : page);
}
