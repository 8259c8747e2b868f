import { Admin, Resource } from 'react-admin';
import areas from './areas';
import incidents from './incidents';
import participants from './participants';
import programmes from './programmes';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';

export const App = () => (
  <Admin
    title="Beredskab"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    requireAuth
    disableTelemetry
  >
    <Resource name="incidents" {...incidents} />
    <Resource name="areas" {...areas} />
    <Resource name="participants" {...participants} />
    <Resource name="programmes" {...programmes} />
  </Admin>
);
