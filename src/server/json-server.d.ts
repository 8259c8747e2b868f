declare module 'json-server' {
  import type { Request, Response, Router } from 'express';

  interface JsonRouter extends Router {
    db: unknown;
    render: (req: Request, res: Response) => void;
  }

  export function router(db: unknown, options?: { foreignKeySuffix?: string }): JsonRouter;
}
