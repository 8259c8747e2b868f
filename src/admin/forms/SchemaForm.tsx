import { SimpleForm, type SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { ConflictDialog } from './ConflictDialog';
import { useZodResolver } from './useZodResolver';

/**
 * A SimpleForm validated by a domain schema, the same one the server applies. In a SafeEdit
 * it also holds the dialog for a save refused because someone else saved first.
 */
export const SchemaForm = ({ schema, children, ...props }: SimpleFormProps & { schema: z.ZodType }) => (
  <SimpleForm resolver={useZodResolver(schema)} {...props}>
    {children}
    <ConflictDialog />
  </SimpleForm>
);
