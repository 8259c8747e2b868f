import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { mayAnywhere } from '../../domain/access';
import { keepDraft } from '../incidents/newIncident';
import { currentUser } from '../providers/session';
import { incidents as da } from '../i18n/da/incidents';
import { incidents as en } from '../i18n/en/incidents';
import { bootMessages } from './messages';
import { QuickIncident } from './QuickIncident';

/**
 * Draws the quick incident form for a signed-in user who may register incidents; false for
 * anyone else (signed out, a second factor to set up, the board), whom the panel itself meets.
 */
export async function quickIncidentShown(
  root: Root,
  showPanel: () => Promise<void>,
  /** Called once the form is drawn: the panel's code is fetched behind it. */
  drawn: () => void,
): Promise<boolean> {
  const user = await currentUser();
  if (!user || user.secondFactor || !mayAnywhere(user, 'create', 'incidents')) return false;
  root.render(
    <StrictMode>
      <QuickIncident
        user={user}
        translate={bootMessages({ da, en })}
        onRegistered={async (id) => {
          window.location.hash = `#/incidents/${id}/show`;
          await showPanel();
        }}
        onWholeForm={async (values) => {
          keepDraft(values);
          await showPanel();
        }}
      />
    </StrictMode>,
  );
  drawn();
  return true;
}
