import type { programmes as da } from '../da/programmes';

export const programmes: typeof da = {
  resources: {
    programmes: {
      name: 'Programme |||| Programmes',
      fields: {
        id: 'Id',
        name: 'Name',
        municipality: 'Municipality',
        demo: 'Demo data',
        periodStart: 'Period start',
        periodEnd: 'Period end',
        funding: 'Funding',
        'funding.lbf': 'Landsbyggefonden (DKK thousand)',
        'funding.municipality': 'Municipality (DKK thousand)',
        'funding.local': 'Local co-funding (DKK thousand)',
        projectYearStartMonth: 'Project year starts in',
        retentionMonths: 'Erase confidential details after (months)',
        extraClosedDays: 'Extra closed days for deadlines',
        boardEmail: 'Board’s address',
        adminEmail: 'Administrators’ address',
        activationSteps: 'Activation steps',
        activationStep: 'Step',
        escalation: 'Escalation',
        'escalation.yellow': 'Yellow incidents too',
        'escalation.deputiesAfterMinutes': 'Minutes until the deputies',
        'escalation.adminsAfterMinutes': 'Minutes after that until the administrators',
        'escalation.quietHoursOn': 'Quiet hours for yellow incidents',
        'escalation.quietHours.from': 'Quiet from',
        'escalation.quietHours.to': 'Quiet until',
        teamsWebhookUrl: 'Teams channel webhook address',
      },
    },
    areas: {
      name: 'Housing area |||| Housing areas',
      fields: {
        id: 'Id',
        name: 'Name',
        programmeId: 'Programme',
        housingOrganisation: 'Housing organisation',
        departmentNumber: 'Department number',
        households: 'Households',
        residents: 'Residents',
      },
    },
  },
  beredskab: {
    programmes: {
      retentionHelp:
        'Confidential notes of closed incidents, their log entries and ended plans are erased this many months later. Empty: kept.',
      keepForever: 'Kept',
      fundingHelp: 'Amounts in thousands of kroner.',
      areas: 'Housing areas',
      boardEmailHelp: 'Receives the briefing when the step “Bestyrelsen orienteret” is reached.',
      adminEmailHelp: 'Is told when the deadline for a response meeting has passed.',
      activationStepsHelp: 'Shown as a checklist on yellow and red incidents.',
      mail: 'Mail',
      closedDaysHelp:
        'Days the secretariat is closed besides the public holidays; they do not count towards the deadline for a yellow response meeting.',
      noClosedDays: 'None besides the public holidays',
      escalation: 'Text messages and escalation',
      escalationHelp:
        'On a red incident the response group gets a text message and a mail at once. If nobody answers “coming”, the deputies of those who have not answered get a text message, and then the programme’s administrators.',
      escalationYellowHelp:
        'Red incidents are always texted and escalated; switch on to do so for yellow ones too.',
      deputiesAfterHelp:
        'This many minutes after the call-in the deputies get a text message if nobody has answered “coming”. Usually 30.',
      adminsAfterHelp:
        'This many minutes after the deputies the administrators get a text message and a mail if still nobody is coming.',
      quietHoursHelp:
        'Yellow incidents only: during the quiet hours the steps wait until they end (Danish time). Red incidents never wait.',
      teamsWebhookHelp:
        'A Teams “Workflows” webhook (Power Automate). Call-ins, escalation steps and meeting plans are posted there without confidential details. Empty: no Teams post.',
      escalationSummary: 'Red%{yellow}: deputies after %{deputies} min., administrators %{admins} min. later',
      escalationYellow: ' and yellow',
      quietHoursSummary: 'Quiet hours for yellow: %{from}–%{to}',
      noQuietHours: 'No quiet hours',
    },
    closedDays: {
      christmasEve: '24 December (Christmas Eve)',
      newYearsEve: '31 December (New Year’s Eve)',
      constitutionDay: '5 June (Constitution Day)',
    },
  },
};
