/**
 * A Danish phone number as the SMS gateway wants it: country code and number, digits only
 * (MSISDN, `4512345678`). The contact list is typed by people: `12 34 56 78`, `+45 12345678`,
 * `0045 12345678`, `(+45) 12-34-56-78`. A number from abroad (`+46 …`, `0046 …`) is kept as
 * written in digits; eight digits with no country code are Danish.
 */
export function toMsisdn(phone: unknown): string | null {
  if (typeof phone !== 'string') return null;
  const written = phone.trim();
  if (!/^[+0-9 ()\-./]+$/.test(written)) return null;
  const plus = written.replace(/[ ()\-./]/g, '');
  if (plus.indexOf('+') > 0 || !/^\+?\d+$/.test(plus)) return null;
  const digits = plus.startsWith('+') ? plus.slice(1) : plus.startsWith('00') ? plus.slice(2) : plus;
  const international = plus.startsWith('+') || plus.startsWith('00');
  if (!international) return /^\d{8}$/.test(digits) && !digits.startsWith('0') ? `45${digits}` : null;
  if (digits.startsWith('45')) return /^45[1-9]\d{7}$/.test(digits) ? digits : null;
  // E.164: a country code that does not start with 0 and at most 15 digits.
  return /^[1-9]\d{7,14}$/.test(digits) ? digits : null;
}

/** What the contact list shows next to a number that cannot be texted; null when it can (or there is none). */
export function phoneWarning(phone: unknown): string | null {
  if (phone === null || phone === undefined || phone === '') return null;
  return toMsisdn(phone) === null
    ? 'Nummeret kan ikke bruges til sms: skriv et dansk nummer med 8 cifre, evt. med +45'
    : null;
}
