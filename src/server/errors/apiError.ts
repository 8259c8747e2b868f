/** An error with an HTTP status and a Danish message the client may show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    /** More of the answer's body, e.g. the current record on a version conflict. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) =>
  new ApiError(400, message, errors);
export const notFound = () => new ApiError(404, 'Ikke fundet');
/** The database cannot be reached; a commit is one transaction, so nothing is half-written. */
export const unavailable = () =>
  new ApiError(503, 'Databasen kan ikke nås lige nu. Prøv igen om lidt; intet er gemt halvt.');
/** The embedded store's disk is full: the write is refused whole, and reads go on. */
export const diskFull = () =>
  new ApiError(
    507,
    'Serverens disk er fuld, så intet er gemt. Prøv igen, når der er gjort plads på disken; det, der allerede er gemt, er i behold.',
  );
