/** The incident's fixed choices, without zod, so lists can offer them cheaply. */
export const ACTIVATORS = ['police', 'municipality', 'housingOrganisation', 'secretariat'] as const;
export const ESCALATION_RISKS = ['low', 'medium', 'high'] as const;
export const INCIDENT_STATUSES = ['open', 'closed'] as const;

/** Group 1 meets without a police case, group 2 with one (Fredericia's two groups). */
export const RESPONSE_GROUPS = [1, 2] as const;
export type ResponseGroup = (typeof RESPONSE_GROUPS)[number];
