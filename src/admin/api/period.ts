/** The period every statistic covers: a programme's calendar year, or its project year. */
export interface PeriodQuery {
  programmeId: number;
  year: number;
  projectYear: boolean;
}
