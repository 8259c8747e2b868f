import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import actionPlans from './actionPlans';
import activities from './activities';
import activityLogs from './activityLogs';
import areas from './areas';
import auditLog from './auditLog';
import { dashboard } from './dashboard/load';
import incidents from './incidents';
import indicators from './indicators';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import { lazyPage } from './loading/lazyPage';
import measurements from './measurements';
import notifications from './notifications';
import participants from './participants';
import programmes from './programmes';
import reporters from './reporters';
import reportingRounds from './reportingRounds';
import { createAuthProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import users from './users';
import directoryMappings from './directoryMappings';
import yearLocks from './yearLocks';

// Login fetches the dashboard's code early: it is the first page after login.
const authProvider = createAuthProvider({ preload: dashboard.preload });

/**
 * Users and the audit log are for admins only, the mails for admins and editors: the authProvider's
 * canAccess hides them from others.
 * The dashboard and the grid are loaded on first visit, so the charts stay out of the first screen.
 */
const KpiGridPage = lazyPage(() => import('./kpiGrid/KpiGridPage'), 'KpiGridPage');
const PasswordPage = lazyPage(() => import('./password/PasswordPage'), 'PasswordPage');
const RetentionPage = lazyPage(() => import('./retention/RetentionPage'), 'RetentionPage');
const ChoosePasswordPage = lazyPage(() => import('./password/ChoosePasswordPage'), 'ChoosePasswordPage');
const SecondFactorPage = lazyPage(() => import('./secondFactor/SecondFactorPage'), 'SecondFactorPage');
const SessionsPage = lazyPage(() => import('./sessions/SessionsPage'), 'SessionsPage');
const SettingsPage = lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage');
const PlanPrint = lazyPage(() => import('./actionPlans/print/PlanPrint'), 'PlanPrint');
const StartPage = lazyPage(() => import('./start/StartPage'), 'StartPage');
const ReportFormPage = lazyPage(() => import('./reportForm/ReportFormPage'), 'ReportFormPage');

export const App = () => (
  <Admin
    title="Beredskab"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    loginPage={LoginPage}
    theme={theme}
    dashboard={dashboard.Page}
    requireAuth
    disableTelemetry
  >
    <Resource name="incidents" {...incidents} />
    <Resource name="actionPlans" {...actionPlans} />
    <Resource name="incidentLogEntries" />
    <Resource name="areas" {...areas} />
    <Resource name="participants" {...participants} />
    <Resource name="notifications" {...notifications} />
    <Resource name="programmes" {...programmes} />
    <Resource name="activities" {...activities} />
    <Resource name="activityLogs" {...activityLogs} />
    <Resource name="indicators" {...indicators} />
    <Resource name="measurements" {...measurements} />
    <Resource name="users" {...users} />
    <Resource name="directoryMappings" {...directoryMappings} />
    <Resource name="auditLog" {...auditLog} />
    <Resource name="yearLocks" {...yearLocks} />
    <Resource name="reporters" {...reporters} />
    <Resource name="reportingRounds" {...reportingRounds} />
    <CustomRoutes>
      <Route path="/password" element={<PasswordPage />} />
      <Route path="/kpi-grid" element={<KpiGridPage />} />
      <Route path="/retention" element={<RetentionPage />} />
      <Route path="/second-factor" element={<SecondFactorPage />} />
      <Route path="/sessions" element={<SessionsPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/start" element={<StartPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/actionPlans/:id/print" element={<PlanPrint />} />
      <Route path="/adgangskode/:token" element={<ChoosePasswordPage />} />
      <Route path="/indberet/:token" element={<ReportFormPage />} />
    </CustomRoutes>
  </Admin>
);
