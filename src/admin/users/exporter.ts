import { csvExporter } from '../export/csvExporter';

export const userExporter = csvExporter('users', [
  { source: 'username' },
  { source: 'fullName' },
  { source: 'role', choices: 'roles' },
  { source: 'active', type: 'boolean' },
]);
