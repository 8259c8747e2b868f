import type { signIn as da } from '../da/signIn';

export const signIn: typeof da = {
  resources: {
    directoryMappings: {
      name: 'Directory mapping |||| Directory mappings',
      fields: {
        id: 'Id',
        q: 'Search',
        claimValue: 'Group or app role',
        programmeId: 'Programme',
        role: 'Role',
      },
    },
  },
  beredskab: {
    signIn: {
      loadFailed: 'The panel could not be loaded. Check the connection and try again.',
      withOrganisation: 'Sign in with %{name}',
      or: 'or with username and password',
      localForAdmins: 'System administrator? Sign in with a password',
      mappingsIntro:
        "Users who sign in through the organisation's sign-in get the roles of the groups or app roles they hold in the directory. Mappings count from the user's next sign-in; roles granted by hand in the panel stay.",
      claimValueHelp:
        "The group's object id or the app role's value, exactly as the directory sends it (e.g. beredskab-randers-editor).",
      sources: { local: 'A password of this panel', oidc: "The organisation's sign-in" },
      allowLink: 'Allow sign-in with %{name}',
      allowLinkHelp:
        "The next time the user signs in with %{name} with the same username, the account is linked to the directory and the panel's password ends.",
      linkAllowed: 'The user can now sign in with %{name}',
      resetSecondFactor: 'Reset two-step verification',
      resetTitle: 'Reset two-step verification for %{name}?',
      resetContent:
        'The user is signed out everywhere and must turn on two-step verification again if it is required. Use it when a phone is lost.',
      resetDone: 'Two-step verification has been reset',
      endSessions: 'Sign out everywhere',
      endSessionsTitle: 'Sign %{name} out everywhere?',
      endSessionsContent: 'Every session of the user ends, and the user must sign in again.',
      sessionsEnded: '%{smart_count} session ended |||| %{smart_count} sessions ended',
      forgot: 'Forgot your password?',
      forgotTitle: 'Forgot password',
      forgotIntro:
        'Type your username. If you have an e-mail in the panel, you get a link to choose a new password.',
      forgotSend: 'Send link',
      errors: {
        unmapped:
          'Your account has no access to any programme. Ask your administrator for a group or app role that is mapped to a programme.',
        overage:
          'Your account is in too many groups for %{name} to send them. Ask IT to grant access with app roles instead of groups.',
        localUser:
          'A user of this panel already has your username. An administrator must allow it to be linked to %{name} before you can sign in here.',
        inactive: 'Your user is deactivated. Contact your administrator.',
        noUsername:
          '%{name} sent neither a username nor an e-mail. Ask IT to send preferred_username or email.',
        expired: 'The sign-in took too long or was started in another tab. Try again.',
        failed: 'Signing in with %{name} did not succeed. Try again.',
        cancelled: 'The sign-in was cancelled at %{name}.',
        busy: 'Too many sign-ins are under way right now. Try again shortly.',
        unreachable:
          'Sign-in with %{name} cannot be reached right now. Try again later. System administrators can sign in with their username and password.',
      },
    },
  },
};
