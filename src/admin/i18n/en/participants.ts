import type { participants as da } from '../da/participants';

export const participants: typeof da = {
  resources: {
    participants: {
      name: 'Participant |||| Participants',
      fields: {
        id: 'Id',
        programmeId: 'Programme',
        name: 'Name',
        title: 'Title',
        organisation: 'Organisation',
        phone: 'Phone',
        msisdn: 'Number for text messages',
        phoneWarning: 'Text messages',
        email: 'Email',
        responseGroups: 'Response groups',
        deputyOfId: 'Deputy of',
        pressContact: 'Press contact',
        signsPlan: 'Signs the plan',
        convener: 'Convener',
        lastVerifiedAt: 'Last verified',
        stale: 'Needs verification',
      },
    },
  },
  beredskab: {
    responseGroups: { 1: 'Group 1 (no police case)', 2: 'Group 2 (police case)' },
    participants: {
      staleHelp: 'Contact details not verified for 12 months must be checked at the annual status meeting.',
      verifiedToday: 'Verified today',
      phoneWarning:
        'This number cannot get text messages: write a Danish number of 8 digits, optionally with +45.',
      noSms: 'No SMS',
    },
  },
};
