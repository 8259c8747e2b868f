import { LEVEL_LABELS, labelOf } from './labels';
import type { Level } from './levels';
import { copenhagenText } from './localTime';
import { fitsCallIn, plainSms } from './smsSegments';

export interface SmsFacts {
  level: Level;
  area: string;
  /** The response deadline (ISO); null for green. */
  deadline: string | null;
  /** The personal reply link, or the incident's page for someone with no reply. */
  link: string;
  /** Whom a deputy stands in for; the administrators' step says nobody has answered. */
  step?: { deputyFor: string } | { admins: true };
  exercise?: boolean;
}

const GSM_UNSAFE = /[^@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]/g;

/**
 * The call-in as an SMS: level, area, the deadline on Copenhagen's clock and the link. Only
 * what the board may read too; never the description or the confidential notes. Names and
 * the area are made plain GSM 7-bit and shortened until the text fits two messages.
 */
export function smsText(facts: SmsFacts): string {
  const level = labelOf(LEVEL_LABELS, facts.level).toUpperCase();
  const clean = (s: string) => plainSms(s).replace(GSM_UNSAFE, '?');
  const build = (area: string, name: string) =>
    [
      `Beredskab ${level}${facts.exercise ? ' (øvelse)' : ''}: ${area}.`,
      facts.step && 'deputyFor' in facts.step
        ? `Du kaldes som stedfortræder for ${name}, der ikke har svaret.`
        : facts.step
          ? 'Ingen i gruppen har svaret, at de kommer.'
          : 'Responsgruppen indkaldes.',
      facts.deadline ? `Mødes senest ${copenhagenText(facts.deadline)}.` : '',
      facts.step && 'admins' in facts.step ? `Se: ${facts.link}` : `Kommer du? Svar: ${facts.link}`,
    ]
      .filter(Boolean)
      .join(' ');
  let area = clean(facts.area);
  let name = facts.step && 'deputyFor' in facts.step ? clean(facts.step.deputyFor) : '';
  let text = build(area, name);
  while (!fitsCallIn(text) && (area.length > 10 || name.length > 10)) {
    area = area.length > 10 ? `${area.slice(0, area.length - 5)}` : area;
    name = name.length > 10 ? `${name.slice(0, name.length - 5)}` : name;
    text = build(area, name);
  }
  return text;
}
