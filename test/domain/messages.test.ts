import { describe, expect, it } from 'vitest';
import { areaSchema } from '../../src/domain/areaSchema';
import { errorMap, fieldErrors } from '../../src/domain/messages';
import { participantSchema } from '../../src/domain/participantSchema';

const errorsOf = (
  schema: typeof areaSchema | typeof participantSchema,
  data: unknown,
  locale: 'da' | 'en',
) => {
  const result = schema.safeParse(data, { error: errorMap(locale) });
  if (result.success) throw new Error('expected a failure');
  return fieldErrors(result.error);
};

describe('validation messages', () => {
  it('speaks Danish by default and English on request', () => {
    const data = { name: '', programmeId: 1.5, households: -1 };
    expect(errorsOf(areaSchema, data, 'da')).toEqual({
      name: 'Skal udfyldes',
      programmeId: 'Skal være et helt tal',
      housingOrganisation: 'Skal udfyldes',
      households: 'Skal være mindst 0',
    });
    expect(errorsOf(areaSchema, data, 'en')).toEqual({
      name: 'Required',
      programmeId: 'Must be a whole number',
      housingOrganisation: 'Required',
      households: 'Must be at least 0',
    });
  });

  it('names our own rules: phone, email, duplicate groups', () => {
    const errors = errorsOf(
      participantSchema,
      {
        programmeId: 1,
        name: 'A',
        title: 'B',
        organisation: 'C',
        phone: 'ring mig',
        email: 'nej',
        responseGroups: [3],
      },
      'da',
    );
    expect(errors.phone).toBe('Ugyldigt telefonnummer');
    expect(errors.email).toBe('Ugyldig e-mailadresse');
    expect(errors['responseGroups.0']).toBeDefined();
  });
});
