import type { escalation as da } from '../da/escalation';

export const escalation: typeof da = {
  beredskab: {
    escalation: {
      title: 'Escalation',
      to: {
        group: 'to %{smart_count} person |||| to %{smart_count} people',
        deputies: 'to %{smart_count} deputy |||| to %{smart_count} deputies',
        admins: 'to %{smart_count} administrator |||| to %{smart_count} administrators',
      },
      teams: 'post in the Teams channel',
      delivered: '%{smart_count} delivered |||| %{smart_count} delivered',
      waiting: '%{smart_count} waiting to be sent |||| %{smart_count} waiting to be sent',
      failed:
        '%{smart_count} failed (see the call-in below) |||| %{smart_count} failed (see the call-in below)',
      next: {
        deputies: 'Next: the deputies at %{at}, if nobody is coming',
        admins: 'Next: the administrators at %{at}, if nobody is coming',
      },
      stopped: 'The escalation has stopped: the meeting is planned or the incident is closed.',
      reply: { yes: '%{name}: coming', no: '%{name}: not coming' },
    },
  },
};
