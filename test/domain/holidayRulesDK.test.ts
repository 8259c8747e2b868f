import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_RULES_DK } from '../../src/domain/holidayRulesDK';
import { danishPublicHolidays, holidaysByRules } from '../../src/domain/workingDays';

describe("Denmark's holiday rules, extracted from date-holidays", () => {
  it('give the public days the library gives, 1900–2200 (else run npm run holidays:dk)', () => {
    const library = new Holidays('DK');
    for (let year = 1900; year <= 2200; year++) {
      const theirs = library
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10));
      expect(danishPublicHolidays(year), String(year)).toEqual([...new Set(theirs)].sort());
    }
  });

  it('refuses a rule it cannot read rather than skip it', () => {
    expect(() => holidaysByRules({ '1st monday in May': 'public' }, 2025)).toThrow(/Unknown holiday rule/);
    expect(holidaysByRules({ 'easter 26 since 2030': 'public', '01-06': 'observance' }, 2025)).toEqual([]);
    expect(Object.keys(HOLIDAY_RULES_DK)).toContain('easter 26 prior to 2024');
  });
});
