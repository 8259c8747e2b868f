import { ESCALATION_RISKS } from './incidentValues';

type Risk = (typeof ESCALATION_RISKS)[number];

/**
 * A plan takes over the situation of its incidents, so its first step starts from what was
 * registered: their descriptions, how many are involved in all, and the highest risk.
 */
export function situationOf(incidents: readonly Record<string, unknown>[]) {
  const descriptions = incidents
    .map((i) => (typeof i.description === 'string' ? i.description.trim() : ''))
    .filter(Boolean);
  const counts = incidents.map((i) => i.involvedCount).filter((n): n is number => typeof n === 'number');
  const risks = incidents
    .map((i) => ESCALATION_RISKS.indexOf(i.escalationRisk as Risk))
    .filter((r) => r >= 0);
  return {
    description: descriptions.length ? descriptions.join('\n\n') : null,
    involvedCount: counts.length ? counts.reduce((a, b) => a + b, 0) : null,
    escalationRisk: risks.length ? ESCALATION_RISKS[Math.max(...risks)] : null,
  };
}
