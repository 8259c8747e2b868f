/** The period every statistic covers: a programme's calendar year, or its project year. */
export interface PeriodQuery {
  programmeId: number;
  year: number;
  projectYear: boolean;
}

/** A period as the server's routes take it (`programmeId=1&year=2019[&projectYear=true]`). */
export const periodQueryString = ({ programmeId, year, projectYear }: PeriodQuery) =>
  new URLSearchParams({
    programmeId: String(programmeId),
    year: String(year),
    ...(projectYear ? { projectYear: 'true' } : {}),
  }).toString();
