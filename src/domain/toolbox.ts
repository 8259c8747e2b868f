/**
 * Værktøjskassen (seed 000): the typical interventions each party can start,
 * offered as suggestions when an intervention is added to a plan.
 */
export const TOOLBOX = {
  leisure: ['Aktivering af SSP-netværket', 'Fokuseret gadeplansindsats', 'Udvidet klubtilbud i området'],
  childrenAndYouth: [
    'Hjemmebesøg',
    'Forældrekontakt',
    'Ungerådgivning og dialogmøder',
    'Orientering til elever og forældre på den lokale skole',
  ],
  police: [
    'Synlig, udvidet patruljering',
    'Dialog med unge gennem lokalpolitiet',
    'Hjemmebesøg hos unge under 18 år',
    'Oplæg i skoler og klubber',
  ],
  fireService: [
    'Akut vejledning til institutioner om brandsikring',
    'Dialog med uroskabende unge',
    'Forebyggende viden om brand og redning',
  ],
  housingOrganisation: [
    'Øget åbningstid på ejendomskontoret',
    'Øget opsyn i området fra ejendomsdriften',
    'Hurtig fjernelse af affald og graffiti',
  ],
  programme: ['Aktivering af civile, lokale netværk', 'Information til beboere og afdelingsbestyrelser'],
} as const;

export type ToolboxParty = keyof typeof TOOLBOX;
