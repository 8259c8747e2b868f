import { SimpleForm, type SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { useZodResolver } from './useZodResolver';

/** A SimpleForm validated by a domain schema, the same one the server applies. */
export const SchemaForm = ({ schema, ...props }: SimpleFormProps & { schema: z.ZodType }) => (
  <SimpleForm resolver={useZodResolver(schema)} {...props} />
);
