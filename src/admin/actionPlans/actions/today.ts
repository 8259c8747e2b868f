/** Today's date in Copenhagen as YYYY-MM-DD, the shape the plan's dates are stored in. */
export const todayInCopenhagen = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
