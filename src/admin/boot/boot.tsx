import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { Me } from '../api/me';
import { currentUser } from '../providers/session';
import { signInOptions } from '../providers/signInOptions';
import { dashboardStatisticsAhead } from './dashboardAhead';
import { fetchPageAhead, opensOnLoginOrStart } from './pagesAhead';
import { handOver, type Handover } from './handover';
import { signInMessages } from './messages';
import { QuickLogin } from './QuickLogin';

/** Pages reached by a link without an account: the panel itself shows them. */
const WITHOUT_LOGIN = /^#\/(adgangskode|indberet)\//;

let app: Promise<ComponentType> | undefined;
const loadApp = () =>
  (app ??= import('../App').then(
    (m) => m.App,
    (err: unknown) => {
      app = undefined; // asked again at the next try
      throw err;
    },
  ));

/** The dashboard is the first page after a login that did not ask for another. */
const opensOnDashboard = () => /^(#\/?)?$/.test(window.location.hash);

/**
 * The panel's start: someone signed in gets react-admin at once; anyone else first gets the
 * login form, which needs neither react-admin nor MUI, while their code loads behind it.
 */
export async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const show = async () => {
    const App = await loadApp().catch(() => {
      throw new Error('beredskab.signIn.loadFailed');
    });
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  };
  // The page to come: its code beside the panel's, and the dashboard's statistics with it.
  const pageAhead = (user?: Me) => {
    void loadApp().catch(() => undefined);
    fetchPageAhead(window.location.hash);
    if (user && opensOnDashboard()) dashboardStatisticsAhead(user);
  };
  if (WITHOUT_LOGIN.test(window.location.hash)) return show();
  // A link to a page is a signed-in user's: its code sets off while the session is asked.
  if (!opensOnLoginOrStart(window.location.hash)) pageAhead();
  const [user, options] = await Promise.all([currentUser(), signInOptions()]);
  if (user) {
    pageAhead(user);
    return show();
  }

  const signedIn = async (user: Me) => {
    if (window.location.hash.startsWith('#/login')) window.location.hash = '#/';
    pageAhead(user);
    await show();
  };
  const handedOver = async (handover: Handover) => {
    handOver(handover);
    window.location.hash = '#/login';
    await show();
  };
  root.render(
    <StrictMode>
      <QuickLogin
        options={options}
        translate={signInMessages()}
        onSignedIn={signedIn}
        onHandOver={handedOver}
      />
    </StrictMode>,
  );
  // The panel's code comes while the user types, once the form is on screen.
  setTimeout(() => pageAhead(), 0);
}
