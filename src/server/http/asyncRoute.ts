import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Express 4 does not catch a rejected promise: the error goes to the error handler here. */
export const asyncRoute =
  (handler: (req: Request, res: Response, next: NextFunction) => Promise<unknown>): RequestHandler =>
  (req, res, next) => {
    handler(req, res, next).catch(next);
  };
