export const escalation = {
  beredskab: {
    escalation: {
      title: 'Eskalering',
      to: {
        group: 'til %{smart_count} person |||| til %{smart_count} personer',
        deputies: 'til %{smart_count} stedfortræder |||| til %{smart_count} stedfortrædere',
        admins: 'til %{smart_count} administrator |||| til %{smart_count} administratorer',
      },
      teams: 'opslag i Teams-kanalen',
      delivered: '%{smart_count} leveret |||| %{smart_count} leveret',
      waiting: '%{smart_count} venter på afsendelse |||| %{smart_count} venter på afsendelse',
      failed:
        '%{smart_count} fejlet (se indkaldelsen nedenfor) |||| %{smart_count} fejlet (se indkaldelsen nedenfor)',
      next: {
        deputies: 'Næste: stedfortræderne kl. %{at}, hvis ingen kommer',
        admins: 'Næste: administratorerne kl. %{at}, hvis ingen kommer',
      },
      stopped: 'Eskaleringen er stoppet: mødet er planlagt, eller hændelsen er lukket.',
      reply: { yes: '%{name}: kommer', no: '%{name}: kommer ikke' },
    },
  },
};
