import { z } from 'zod';
import { id, optionalCount, optionalText, requiredText } from './fields';

export const areaSchema = z.object({
  name: requiredText(120),
  programmeId: id,
  housingOrganisation: requiredText(120),
  departmentNumber: optionalText(20),
  households: optionalCount,
  residents: optionalCount,
});

export type Area = z.infer<typeof areaSchema> & { id: number };
