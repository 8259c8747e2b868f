import { DateTimeInput as RaDateTimeInput, type DateTimeInputProps } from 'react-admin';

/** Sends an ISO instant, the shape the domain schemas validate, instead of a Date object. */
const toIso = (value: string) => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
};

export const DateTimeInput = (props: DateTimeInputProps) => <RaDateTimeInput parse={toIso} {...props} />;
