/** A yes-or-no column as the workbook writes it; a dash where nothing was said. */
export const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? '–' : value ? 'Ja' : 'Nej';
