import type { Category } from '../../src/domain/categories';
import type { ACTIVATORS, ESCALATION_RISKS } from '../../src/domain/incidentSchema';
import type { Level } from '../../src/domain/levels';
import { CENTRALE_RANDERS, GLARBJERGVEJ, type ProgrammeKey } from './organisation';

/** How the response meeting went: on time, after the deadline, or not (yet) held. */
export type MeetingPlan = 'onTime' | 'late' | 'none';

export interface IncidentSpec {
  programme: ProgrammeKey;
  area: string;
  /** Copenhagen local time, "YYYY-MM-DD HH:mm". */
  at: string;
  level: Level;
  category: Category;
  by: (typeof ACTIVATORS)[number];
  involved: number | null;
  risk: (typeof ESCALATION_RISKS)[number];
  text: string;
  police?: boolean;
  exercise?: boolean;
  notes?: string;
  /** Yellow and red only; default 'onTime'. */
  meeting?: MeetingPlan;
}

const V = 'viborg';
const R = 'randers';

export const INCIDENTS: readonly IncidentSpec[] = [
  // Viborg 2017–2021
  { programme: V, area: 'Ellekonebakken', at: '2017-05-12 22:40', level: 'green', category: 'vandalism', by: 'housingOrganisation', involved: 3, risk: 'low',
    text: 'Knuste ruder i opgangsdørene i to blokke; ejendomskontoret har udskiftet glasset.' },
  { programme: V, area: 'Houlkærparken', at: '2017-06-23 22:15', level: 'yellow', category: 'eventUnrest', by: 'secretariat', involved: 12, risk: 'medium',
    text: 'Uro omkring sankthansbålet på fællesarealet; en gruppe unge kastede med flasker efter beboere.' },
  { programme: V, area: 'Vestervang', at: '2017-09-04 17:30', level: 'green', category: 'harassment', by: 'housingOrganisation', involved: 6, risk: 'low',
    text: 'Beboere klager over at en gruppe unge opholder sig i kælderen og chikanerer forbipasserende.' },
  { programme: V, area: 'Houlkærvænget', at: '2017-10-31 20:10', level: 'red', category: 'stoneThrowing', by: 'police', involved: 8, risk: 'high', police: true,
    text: 'Sten kastet mod en bybus på Houlkærvej; en rude blev knust, ingen kom til skade.',
    notes: 'Politiet oplyser at tre af de involverede er under 15 år og kendt af SSP (§ 115).' },
  { programme: V, area: 'Rødkærparken', at: '2018-01-01 00:40', level: 'yellow', category: 'arson', by: 'police', involved: 10, risk: 'medium', police: true,
    text: 'Nytårsnat: fyrværkeri affyret mod opgangene og brand i en papircontainer, som brandvæsenet slukkede.' },
  { programme: V, area: 'Egeparken', at: '2018-03-14 10:00', level: 'yellow', category: 'other', by: 'secretariat', involved: null, risk: 'low', exercise: true,
    text: 'Øvelse: simuleret aktivering på gult niveau efter fiktivt hærværk; test af indkaldelse og telefonliste.' },
  { programme: V, area: 'Ellekonebakken', at: '2018-05-22 15:20', level: 'yellow', category: 'drugDealing', by: 'police', involved: 5, risk: 'medium', police: true,
    text: 'Øget handel med hash fra parkeringspladsen ved blok 3; beboere føler sig utrygge om aftenen.',
    notes: 'Politiet har en igangværende efterforskning; oplysninger om personer deles kun i beredskabsgruppen (§ 115).' },
  { programme: V, area: 'Houlkærparken', at: '2018-08-17 21:50', level: 'red', category: 'fights', by: 'police', involved: 14, risk: 'high', police: true,
    text: 'Slagsmål mellem to grupper af unge på boldbanen; en person kørt på skadestuen med snitsår.',
    notes: 'Konflikten udspringer efter politiets vurdering af et opgør mellem to familier; navne deles ikke med afdelingsbestyrelsen.' },
  { programme: V, area: 'Vestervang', at: '2018-11-05 08:15', level: 'yellow', category: 'threatsAgainstStaff', by: 'housingOrganisation', involved: 1, risk: 'low', meeting: 'late',
    text: 'En beboer truede en vicevært under et syn af lejligheden; medarbejderen er tilbudt krisehjælp.' },
  { programme: V, area: 'Houlkærvænget', at: '2019-02-09 19:30', level: 'green', category: 'vandalism', by: 'housingOrganisation', involved: null, risk: 'low',
    text: 'Graffiti på gavlen af blok 12 og ved legepladsen; fjernet af driften inden for et døgn.' },
  { programme: V, area: 'Rødkærparken', at: '2019-04-18 23:05', level: 'red', category: 'arson', by: 'police', involved: null, risk: 'high', police: true,
    text: 'Ildspåsættelse i barnevognsrummet i opgang 7; beboerne blev evakueret og to indlagt til observation for røgforgiftning.',
    notes: 'Politiet har anholdt en 17-årig; navnet må ikke videregives til afdelingsbestyrelsen (§ 115).' },
  { programme: V, area: 'Egeparken', at: '2019-06-28 16:45', level: 'green', category: 'eventUnrest', by: 'municipality', involved: 20, risk: 'low',
    text: 'Larm og uro efter en skoleafslutningsfest på fællesarealet; klubmedarbejdere var til stede.' },
  { programme: V, area: 'Ellekonebakken', at: '2019-09-12 14:30', level: 'yellow', category: 'harassment', by: 'secretariat', involved: 4, risk: 'medium',
    text: 'Gentagne episoder med chikane af en enlig kvinde i opgang 5; afdelingsbestyrelsen har bedt om hjælp.' },
  { programme: V, area: 'Houlkærparken', at: '2019-12-31 23:50', level: 'yellow', category: 'stoneThrowing', by: 'police', involved: 15, risk: 'high', police: true, meeting: 'late',
    text: 'Nytårsaften: raketter og sten kastet mod brandvæsenets køretøj under slukning af en containerbrand.' },
  { programme: V, area: 'Vestervang', at: '2020-03-20 11:00', level: 'green', category: 'other', by: 'municipality', involved: 8, risk: 'low',
    text: 'Henvendelser om unge der samles i opgangene under nedlukningen; de opsøgende medarbejdere har talt med dem.' },
  { programme: V, area: 'Houlkærvænget', at: '2020-07-03 22:30', level: 'red', category: 'shooting', by: 'police', involved: 2, risk: 'high', police: true,
    text: 'Skud affyret mod en bil på parkeringspladsen; ingen personer blev ramt.',
    notes: 'Politiet vurderer at skuddet har forbindelse til en konflikt uden for området (§ 115).' },
  { programme: V, area: 'Rødkærparken', at: '2020-10-15 18:00', level: 'green', category: 'drugDealing', by: 'housingOrganisation', involved: 2, risk: 'low',
    text: 'Beboere har set handel med euforiserende stoffer ved cykelskuret; oplysningerne er givet videre til lokalpolitiet.' },
  { programme: V, area: 'Egeparken', at: '2021-02-11 20:20', level: 'yellow', category: 'vandalism', by: 'housingOrganisation', involved: null, risk: 'medium',
    text: 'Omfattende hærværk på vaskeriet og i tre opgange i løbet af en uge; skader for ca. 40.000 kr.' },

  // Randers 2025–2026
  { programme: R, area: 'Vangdalen', at: '2025-01-24 16:30', level: 'green', category: 'harassment', by: 'municipality', involved: 5, risk: 'low',
    text: 'Unge generer forbipasserende ved indkørslen til Vangdalen; taget op på pulsmødet.' },
  { programme: R, area: 'Gl. Jennumparken', at: '2025-02-14 13:00', level: 'red', category: 'arson', by: 'secretariat', involved: null, risk: 'low', exercise: true,
    text: 'Øvelse: aktivering på rødt niveau efter en fiktiv kælderbrand; test af telefonlisten og indkaldelsen.' },
  { programme: R, area: 'Gl. Jennumparken', at: '2025-03-08 21:10', level: 'yellow', category: 'drugDealing', by: 'police', involved: 6, risk: 'medium', police: true,
    text: 'Flere beboere melder om åbenlys handel med hash ved gangtunnellen mellem blokkene.',
    notes: 'Politiet oplyser at to af de involverede er kendt fra tidligere sager (§ 115).' },
  { programme: R, area: 'Sjællandsgadekvarteret', at: '2025-04-17 19:40', level: 'green', category: 'vandalism', by: 'housingOrganisation', involved: null, risk: 'low',
    text: 'Tre knuste bilruder i gården; driften har ryddet op og opsat ekstra belysning.' },
  { programme: R, area: GLARBJERGVEJ, at: '2025-05-03 23:30', level: 'red', category: 'fights', by: 'police', involved: 11, risk: 'high', police: true,
    text: 'Slåskamp mellem to grupper på parkeringspladsen ved Energivej; to personer lettere såret og en anholdt.',
    notes: 'To af de involverede er kendt fra tidligere sager; oplysningerne deles efter retsplejelovens § 115.' },
  { programme: R, area: 'Vangdalen', at: '2025-05-28 15:00', level: 'yellow', category: 'stoneThrowing', by: 'police', involved: 7, risk: 'high', police: true,
    text: 'Sten kastet mod en bybus ved stoppestedet i Vangdalen; busselskabet overvejer at omlægge ruten om aftenen.' },
  { programme: R, area: 'Gl. Jennumparken', at: '2025-06-23 22:00', level: 'green', category: 'eventUnrest', by: 'secretariat', involved: 10, risk: 'low',
    text: 'Sankthansaften forløb roligt; enkelte unge affyrede kanonslag på fællesarealet.' },
  { programme: R, area: CENTRALE_RANDERS, at: '2025-08-12 07:45', level: 'yellow', category: 'threatsAgainstStaff', by: 'secretariat', involved: 1, risk: 'medium', police: true,
    text: 'En boligsocial medarbejder blev truet af en beboer i lektiecaféen; medarbejderen er sygemeldt.',
    notes: 'Beboeren har en verserende sag i Center for psykiatri og socialt udsatte; detaljer kun for beredskabsgruppen.' },
  { programme: R, area: 'Sjællandsgadekvarteret', at: '2025-09-05 20:30', level: 'green', category: 'drugDealing', by: 'housingOrganisation', involved: 3, risk: 'low',
    text: 'Henvendelse om mistænkelig trafik ved en kælderdør; politiet er orienteret via pulsmødet.' },
  { programme: R, area: GLARBJERGVEJ, at: '2025-10-10 18:15', level: 'yellow', category: 'vandalism', by: 'housingOrganisation', involved: null, risk: 'medium', meeting: 'late',
    text: 'Hærværk på legepladsen og fællesvaskeriet; ruder smadret to nætter i træk.' },
  { programme: R, area: 'Vangdalen', at: '2025-10-31 21:45', level: 'green', category: 'eventUnrest', by: 'municipality', involved: 15, risk: 'low',
    text: 'Halloween: æg og kanonslag mod opgangsdørene; klubmedarbejdere og SSP var på gaden.' },
  { programme: R, area: 'Gl. Jennumparken', at: '2025-11-22 02:10', level: 'red', category: 'arson', by: 'police', involved: 5, risk: 'high', police: true,
    text: 'Brand i container ved blok 4; flere unge set løbe fra stedet. Ilden bredte sig til en carport.',
    notes: 'Politiet oplyser at to af de involverede er kendt fra tidligere sager (§ 115).' },
  { programme: R, area: CENTRALE_RANDERS, at: '2025-12-31 23:40', level: 'yellow', category: 'stoneThrowing', by: 'police', involved: 20, risk: 'high', police: true,
    text: 'Nytårsnat: fyrværkeri og sten kastet mod politi og brandvæsen ved en brand i en affaldsspand.' },
  { programme: R, area: 'Sjællandsgadekvarteret', at: '2026-01-20 16:00', level: 'green', category: 'harassment', by: 'housingOrganisation', involved: 4, risk: 'low',
    text: 'Klager over chikane i opgangen mellem to familier; ejendomskontoret har indkaldt til mæglingsmøde.' },
  { programme: R, area: 'Vangdalen', at: '2026-02-27 22:50', level: 'red', category: 'assault', by: 'police', involved: 4, risk: 'high', police: true,
    text: 'Overfald på en 16-årig ved stoppestedet i Vangdalen; offeret blev slået og frarøvet sin telefon.',
    notes: 'Gerningsmændene er efter politiets oplysninger 16–18 år og bor i området (§ 115).' },
  { programme: R, area: 'Gl. Jennumparken', at: '2026-04-02 19:00', level: 'yellow', category: 'fights', by: 'municipality', involved: 12, risk: 'high',
    text: 'Gentagne konflikter mellem to grupper af unge omkring butikstorvet; risiko for optrapning.' },
  { programme: R, area: GLARBJERGVEJ, at: '2026-05-16 14:30', level: 'green', category: 'other', by: 'secretariat', involved: null, risk: 'low',
    text: 'Beboere er bekymrede over rygter på sociale medier om en konflikt; drøftet på pulsmødet, ingen hændelser konstateret.' },
  { programme: R, area: 'Sjællandsgadekvarteret', at: '2026-06-10 10:00', level: 'yellow', category: 'threatsAgainstStaff', by: 'secretariat', involved: null, risk: 'low', exercise: true,
    text: 'Øvelse: simuleret trussel mod en medarbejder på ejendomskontoret; test af kommunikationsplanen og pressekontakterne.' },
  { programme: R, area: 'Vangdalen', at: '2026-08-22 23:20', level: 'yellow', category: 'drugDealing', by: 'police', involved: 5, risk: 'medium', police: true,
    text: 'Øget handel med narkotika fra en bil på den nordlige parkeringsplads; beboere holder børnene inde om aftenen.' },
  { programme: R, area: 'Gl. Jennumparken', at: '2026-09-19 01:30', level: 'red', category: 'shooting', by: 'police', involved: null, risk: 'high', police: true,
    text: 'Skud affyret mod en opgangsdør; ingen kom til skade. Politiet har indført visitationszone.',
    notes: 'Politiet oplyser at hændelsen formentlig har forbindelse til en igangværende bandekonflikt (§ 115); må ikke gå videre til afdelingsbestyrelsen.' },
  { programme: R, area: GLARBJERGVEJ, at: '2026-10-12 17:40', level: 'yellow', category: 'vandalism', by: 'housingOrganisation', involved: 3, risk: 'medium', meeting: 'none',
    text: 'Hærværk og graffiti med trusler på Hermann Stillingsvej; to biler ridset.' },
  { programme: R, area: 'Sjællandsgadekvarteret', at: '2026-10-26 21:00', level: 'red', category: 'threatsAgainstStaff', by: 'police', involved: 1, risk: 'high', police: true, meeting: 'none',
    text: 'En vicevært blev truet med kniv i gården; politiet rykkede ud og anholdt en mand.',
    notes: 'Den anholdte er kendt af kommunen fra en tidligere sag; oplysningen deles kun i beredskabsgruppen (§ 115).' },
  { programme: R, area: CENTRALE_RANDERS, at: '2026-10-29 15:10', level: 'green', category: 'vandalism', by: 'housingOrganisation', involved: null, risk: 'low',
    text: 'Graffiti på gavlen ved Storgaarden; fjernet af driften dagen efter.' },
];

/** Incidents from this date on are still open in the demo; older ones are closed. */
export const OPEN_FROM = '2026-08-01';
