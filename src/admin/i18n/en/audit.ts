import type { audit as da } from '../da/audit';

export const audit: typeof da = {
  resources: {
    auditLog: {
      name: 'Log entry |||| Audit log',
      fields: {
        id: 'Id',
        q: 'Search',
        at: 'Time',
        at_gte: 'From date',
        at_lte: 'To date',
        userId: 'User id',
        username: 'User',
        action: 'Action',
        resource: 'Record type',
        recordId: 'Record id',
        changes: 'Changes',
      },
    },
  },
  beredskab: {
    auditActions: {
      create: 'Created',
      update: 'Changed',
      delete: 'Deleted',
      statusChange: 'Status changed',
      login: 'Logged in',
      loginFailed: 'Failed login',
      loginRefused: 'Login refused (too many attempts)',
      logout: 'Logged out',
      export: 'Export',
      passwordChange: 'Password changed',
      passwordChangeFailed: 'Wrong password when changing it',
      passwordChangeRefused: 'Password change refused (too many attempts)',
      userCreate: 'User created',
      userUpdate: 'User changed',
      restore: 'Restored from a backup',
      erasure: 'Confidential details erased',
      auditRedacted: 'Confidential values removed from the history',
      demoRemoved: 'Demo data removed',
    },
    audit: {
      history: 'History',
      field: 'Field',
      before: 'Before',
      after: 'After',
      noChanges: 'No field changes',
      more: '+%{smart_count} more',
    },
  },
};
