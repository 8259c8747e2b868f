import type { secondFactor as da } from '../da/secondFactor';

export const secondFactor: typeof da = {
  resources: {
    settings: { name: 'Setting |||| Settings', fields: { secondFactor: 'Two-step verification' } },
  },
  beredskab: {
    secondFactor: {
      title: 'Two-step verification',
      codeIntro:
        'Your account is protected by two-step verification. Enter the code your authenticator app shows now.',
      recoveryIntro: 'Enter one of the recovery codes you saved when you turned on two-step verification.',
      code: 'Code from the app',
      codeHelp: 'Six digits',
      recoveryCode: 'Recovery code',
      recoveryCodeHelp: 'Each code works once',
      useRecoveryCode: 'Use a recovery code instead',
      useCode: 'Use the code from the app instead',
      verify: 'Verify',
      back: 'Back',
      expired: 'Too much time passed. Sign in again.',
      required: 'Your organisation requires two-step verification. Turn it on before you go on.',
      enrolIntro:
        'With two-step verification you enter, besides your password, a code from an app on your phone, e.g. Microsoft Authenticator or Google Authenticator.',
      scan: '1. Scan the QR code with the authenticator app.',
      manual: 'Cannot scan? Enter this key in the app:',
      qrCode: 'QR code for the authenticator app',
      confirmIntro: '2. Enter the code the app shows to confirm.',
      confirm: 'Turn on two-step verification',
      start: 'Turn on two-step verification',
      codesTitle: 'Your recovery codes',
      codesIntro:
        'Keep the codes somewhere safe, e.g. printed or in a password manager. If you lose your phone, you can sign in with one of them. Each code works once, and they are shown only this once.',
      codesList: 'Recovery codes',
      download: 'Download as a text file',
      codesSaved: 'I have saved the codes',
      isOn: 'Two-step verification is on.',
      isOff: 'Two-step verification is off.',
      isRequired:
        'Your organisation requires two-step verification for you. If you lose your phone, an administrator can reset it.',
      codesLeft:
        'You have %{smart_count} recovery code left. |||| You have %{smart_count} recovery codes left.',
      turnOff: 'Turn off two-step verification',
      turnOffHelp: 'Enter a code from the app to turn off two-step verification.',
      turnedOn: 'Two-step verification is on',
      turnedOff: 'Two-step verification is off',
      enrolFirst: 'Turn on two-step verification to go on. Sign in again.',
    },
    sessions: {
      title: 'My sessions',
      intro:
        'These are the browsers and devices you are signed in from. Sign out of those you do not recognise.',
      current: 'This browser',
      pending: 'Waiting for the code',
      createdAt: 'Signed in',
      lastSeenAt: 'Last used',
      unknownBrowser: 'Unknown browser',
      methods: { password: 'Password', oidc: 'Organisation sign-in' },
      logout: 'Sign out',
      logoutOf: 'Sign out of %{browser}',
      ended: 'The session has ended',
    },
    settings: {
      title: 'Settings',
      secondFactor: 'Two-step verification',
      secondFactorHelp:
        'Who must confirm their sign-in with a code from an app? Users who sign in through the organisation are asked by it.',
      policies: {
        none: 'Not required: users choose for themselves',
        admins: 'Administrators (system and programme administrators)',
        everyone: 'Every user who signs in with a password',
      },
      selfWarning:
        'You have not turned on two-step verification yourself. Once you save, you must turn it on before you can go on.',
      saved: 'The settings are saved',
    },
  },
};
