import type { users as da } from '../da/users';

export const users: typeof da = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        q: 'Search',
        username: 'Username',
        fullName: 'Full name',
        role: 'Role',
        active: 'Active',
        password: 'Password',
        email: 'E-mail',
        phone: 'Mobile number',
        msisdn: 'Number for text messages',
        phoneWarning: 'Text messages',
        memberships: 'Memberships',
        source: 'Sign-in',
        secondFactor: 'Two-step verification',
        sessions: 'Sessions',
      },
    },
  },
  beredskab: {
    roles: {
      admin: 'System administrator',
      programmeAdmin: 'Programme administrator',
      editor: 'Editor',
      board: 'Board member',
    },
    users: {
      newPassword: 'New password',
      invitationHelp:
        'Leave empty to send an invitation to the e-mail, so the user chooses their own password.',
      created: 'The user is created',
      invited: 'The user is created, and an invitation was sent to %{email}',
      notInvited:
        'The user is created, but the invitation could not be sent: %{reason}. Send it again from the user.',
      sendLink: 'Send a password link',
      sendLinkHelp: 'The user gets a mail with a link to choose a password (valid 72 hours, once).',
      linkSent: 'The link is sent',
      newPasswordHelp: 'Leave empty to keep the current password.',
      passwordHelp: 'At least %{min} characters and not the same as the username.',
      phoneHelp:
        'For text messages when a red incident escalates to the programme administrators (e.g. 12 34 56 78).',
      activeHelp: 'A deactivated user cannot log in. Users are never deleted.',
      roleHelp:
        'The system administrator reaches every programme and user. Anyone else reaches the programmes listed below, with the role given for each.',
      membershipsHelp: 'One row per programme with the user’s role in it. At least one.',
      membershipProgramme: 'Programme',
      membershipRole: 'Role in the programme',
      noMemberships: 'No programmes',
      addMembership: 'Add programme',
      allProgrammes: 'All programmes',
    },
    password: {
      chooseTitle: 'Choose a password',
      chooseFor: 'Choose the password for %{name} (username %{username}).',
      chosen: 'Your password is chosen. Sign in with it now.',
      title: 'Change password',
      currentPassword: 'Current password',
      newPassword: 'New password',
      repeatPassword: 'Repeat new password',
      mismatch: 'The passwords do not match',
      changed: 'The password has been changed',
    },
  },
};
