import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import actionPlans from './actionPlans';
import areas from './areas';
import auditLog from './auditLog';
import incidents from './incidents';
import { AppLayout } from './layout/AppLayout';
import participants from './participants';
import { lazyPage } from './misc/lazyPage';
import programmes from './programmes';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import users from './users';

/** Users and the audit log are for admins only: the authProvider's canAccess hides them from others. */
const PasswordPage = lazyPage(() => import('./password/PasswordPage'), 'PasswordPage');
const PlanPrint = lazyPage(() => import('./actionPlans/print/PlanPrint'), 'PlanPrint');

export const App = () => (
  <Admin
    title="Beredskab"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    requireAuth
    disableTelemetry
  >
    <Resource name="incidents" {...incidents} />
    <Resource name="actionPlans" {...actionPlans} />
    <Resource name="incidentLogEntries" />
    <Resource name="areas" {...areas} />
    <Resource name="participants" {...participants} />
    <Resource name="programmes" {...programmes} />
    <Resource name="users" {...users} />
    <Resource name="auditLog" {...auditLog} />
    <CustomRoutes>
      <Route path="/password" element={<PasswordPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/actionPlans/:id/print" element={<PlanPrint />} />
    </CustomRoutes>
  </Admin>
);
