import { describe, expect, it } from 'vitest';
import {
  COPENHAGEN_ZONE,
  copenhagenDate,
  copenhagenDayText,
  copenhagenYear,
} from '../../src/domain/copenhagenDay';

describe('the day written for people is Copenhagen’s', () => {
  it('names the zone once, for the domain, the server, the workbook and the panel', () => {
    expect(COPENHAGEN_ZONE).toBe('Europe/Copenhagen');
  });

  it('is the 7th at 00.30 on 7 December, when UTC still says the 6th', () => {
    const halfPastMidnight = new Date('2026-12-06T23:30:00.000Z');
    expect(halfPastMidnight.toISOString().slice(0, 10)).toBe('2026-12-06');
    expect(copenhagenDate(halfPastMidnight)).toBe('2026-12-07');
    expect(copenhagenDayText(halfPastMidnight)).toBe('07.12.2026');
  });

  it('turns at Copenhagen’s midnight in summer time too (UTC+2)', () => {
    expect(copenhagenDayText(new Date('2026-06-30T21:59:59.999Z'))).toBe('30.06.2026');
    expect(copenhagenDayText(new Date('2026-06-30T22:00:00.000Z'))).toBe('01.07.2026');
  });

  it('starts the new year at Copenhagen’s midnight', () => {
    expect(copenhagenYear(new Date('2026-12-31T22:59:00.000Z'))).toBe(2026);
    expect(copenhagenYear(new Date('2026-12-31T23:00:00.000Z'))).toBe(2027);
  });
});
