import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { Me } from '../api/me';
import { currentUser } from '../providers/session';
import { keptSignInOptions, signInOptions, type SignInOptions } from '../providers/signInOptions';
import { SIGNED_IN_HINT_COOKIE } from '../../domain/sessionRules';
import { dashboardStatisticsAhead } from './dashboardAhead';
import { fetchPageAhead, incidentPageAhead, opensOnLoginOrStart } from './pagesAhead';
import { handOver, type Handover } from './handover';
import { bootMessages } from './messages';
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

/** The server's hint beside the session cookie (which the page cannot read). */
const hasSessionCookie = () =>
  document.cookie.split(';').some((c) => c.trim().startsWith(`${SIGNED_IN_HINT_COOKIE}=`));

/**
 * A phone opening the incident form from a link, at the scene: the quick form while the panel
 * loads, not the whole form after it. MUI's `sm` breakpoint, as the panel's layout has it.
 */
const atTheScene = () =>
  /^#\/incidents\/create\/?$/.test(window.location.hash) &&
  window.matchMedia('(max-width: 599.95px)').matches;

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
  const translate = bootMessages();
  // The panel's code comes while the user types: from the first key, or a second after the form
  // is on screen. Not at once: even from the phone's cache, evaluating it holds the page for
  // about half a second, just when the user reaches for the first field.
  const whileTyping = (ahead: () => void) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      ahead();
    };
    container.addEventListener('input', start, { once: true });
    setTimeout(start, 1000);
  };
  if (hasSessionCookie() && atTheScene()) {
    // The panel and the incident's page it leads to, while the form is typed in: not before.
    const panelAhead = () => {
      void loadApp().catch(() => undefined);
      incidentPageAhead();
    };
    // Its own chunk, asked beside the session: the login form's first screen stays without it.
    const quick = import('./quickIncidentShown');
    const shown = await quick.then(
      (m) => m.quickIncidentShown(root, show, () => whileTyping(panelAhead)),
      () => false,
    );
    if (shown) return;
  }
  // A link to a page is a signed-in user's: its code sets off while the session is asked.
  if (!opensOnLoginOrStart(window.location.hash)) pageAhead();
  // Set once the form has handed over: a late answer about the session must not draw it again.
  let movedOn = false;
  const handedOver = async (handover: Handover) => {
    movedOn = true;
    handOver(handover);
    window.location.hash = '#/login';
    await show();
  };
  const signedIn = async (user: Me) => {
    movedOn = true;
    if (window.location.hash.startsWith('#/login')) window.location.hash = '#/';
    pageAhead(user);
    await show();
  };
  const login = (options: SignInOptions) =>
    root.render(
      <StrictMode>
        <QuickLogin options={options} translate={translate} onSignedIn={signedIn} onHandOver={handedOver} />
      </StrictMode>,
    );
  // No session cookie in this browser: the form at once, as the server offered it last time
  // (the answer below redraws it, what is typed kept, should that have changed).
  const kept = hasSessionCookie() ? undefined : keptSignInOptions();
  if (kept) {
    login(kept);
    whileTyping(pageAhead);
  }
  const [user, options] = await Promise.all([currentUser(), signInOptions()]);
  if (movedOn) return;
  if (user) {
    pageAhead(user);
    return show();
  }
  login(options);
  if (!kept) whileTyping(pageAhead);
}
