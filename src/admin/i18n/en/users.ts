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
      newPasswordHelp: 'Leave empty to keep the current password.',
      passwordHelp: 'At least %{min} characters and not the same as the username.',
      activeHelp: 'A deactivated user cannot log in. Users are never deleted.',
      roleHelp:
        'A system administrator has access to every programme; other users only to the programmes they are members of, with the role given for each.',
      membershipsHelp: 'Left empty, the user gets the role above in every programme you administer.',
      membershipProgramme: 'Programme',
      membershipRole: 'Role in the programme',
      noMemberships: 'No programmes',
      addMembership: 'Add programme',
      allProgrammes: 'All programmes',
    },
    password: {
      title: 'Change password',
      currentPassword: 'Current password',
      newPassword: 'New password',
      repeatPassword: 'Repeat new password',
      mismatch: 'The passwords do not match',
      changed: 'The password has been changed',
    },
  },
};
