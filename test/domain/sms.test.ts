import { describe, expect, it } from 'vitest';
import { afterQuietHours, dueSteps, stepTimes, DEFAULT_ESCALATION } from '../../src/domain/escalation';
import { phoneWarning, toMsisdn } from '../../src/domain/msisdn';
import { fitsCallIn, smsSize } from '../../src/domain/smsSegments';
import { smsText } from '../../src/domain/smsText';

describe('Danish numbers as MSISDN', () => {
  it.each([
    ['12 34 56 78', '4512345678'],
    ['12345678', '4512345678'],
    ['+45 12345678', '4512345678'],
    ['+4512 34 56 78', '4512345678'],
    ['0045 12345678', '4512345678'],
    ['(+45) 12-34-56-78', '4512345678'],
    ['+46 70 123 45 67', '46701234567'],
  ])('%s → %s', (written, msisdn) => expect(toMsisdn(written)).toBe(msisdn));
  it.each(['1234567', '123456789', '+45 1234567', '02345678', 'ring til Ali', '12 34 56 78 ext 2', '', '+'])(
    '%j cannot be texted',
    (written) => expect(toMsisdn(written)).toBeNull(),
  );
  it('says why on the participant, and nothing without a number', () => {
    expect(phoneWarning('1234')).toMatch(/kan ikke bruges til sms/);
    expect(phoneWarning(null)).toBeNull();
    expect(phoneWarning('+45 12 34 56 78')).toBeNull();
  });
});

describe('segments', () => {
  it('Danish letters alone stay GSM 7-bit (they are in the GSM 03.38 basic table)', () => {
    expect(smsSize('Rødt niveau i Ålborg: mød på Æbelø')).toMatchObject({ encoding: 'gsm7', segments: 1 });
  });
  it('a typographic dash, quote or guillemet makes the whole text UCS-2', () => {
    for (const ch of ['–', '’', '«'])
      expect(smsSize(`Mødes senest kl. 22${ch}23`)).toMatchObject({ encoding: 'ucs2', segments: 1 });
    expect(smsSize('–'.repeat(71))).toMatchObject({ encoding: 'ucs2', segments: 2 });
  });
  it('counts 160 / 153 septets, the extension table twice', () => {
    expect(smsSize('a'.repeat(160)).segments).toBe(1);
    expect(smsSize('a'.repeat(161)).segments).toBe(2);
    expect(smsSize('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
    expect(fitsCallIn('a'.repeat(306))).toBe(true);
    expect(fitsCallIn('–'.repeat(71))).toBe(false);
  });
  it('a call-in is GSM 7-bit in at most two messages, even with typographic characters in the area name', () => {
    const text = smsText({
      level: 'red',
      area: 'Gl. Jennumparken – «Øst» ’blok 4’ '.repeat(4),
      deadline: '2026-11-28T21:04:00.000Z',
      link: `http://127.0.0.1:3000/svar/${'x'.repeat(32)}`,
    });
    expect(smsSize(text).encoding).toBe('gsm7');
    expect(smsSize(text).segments).toBeLessThanOrEqual(2);
    expect(text).toContain('Mødes senest 28. november 2026 kl. 22.04');
    expect(text).toContain('Beredskab RØDT: Gl. Jennumparken - "Øst"');
  });
});

describe('quiet hours on Copenhagen time', () => {
  const quiet = { from: '22:00', to: '07:00' };
  it('never hold red', () => {
    const at = new Date('2026-11-27T22:30:00.000Z');
    expect(afterQuietHours(at, 'red', quiet)).toEqual(at);
  });
  it('hold yellow to 07.00 local on the night summer time ends (a 10-hour night)', () => {
    // Saturday 24 October 2026 23.30 CEST → Sunday 25 October 07.00 CET (06.00 UTC).
    expect(afterQuietHours(new Date('2026-10-24T21:30:00.000Z'), 'yellow', quiet).toISOString()).toBe(
      '2026-10-25T06:00:00.000Z',
    );
    // After midnight, still inside: the same morning.
    expect(afterQuietHours(new Date('2026-10-25T01:30:00.000Z'), 'yellow', quiet).toISOString()).toBe(
      '2026-10-25T06:00:00.000Z',
    );
  });
  it('hold yellow to 07.00 local on the night summer time begins (an 8-hour night)', () => {
    expect(afterQuietHours(new Date('2027-03-27T22:00:00.000Z'), 'yellow', quiet).toISOString()).toBe(
      '2027-03-28T05:00:00.000Z',
    );
  });
  it('leave a step outside them alone, also for a daytime window', () => {
    const at = new Date('2026-10-24T10:00:00.000Z');
    expect(afterQuietHours(at, 'yellow', quiet)).toEqual(at);
    expect(afterQuietHours(at, 'yellow', { from: '11:00', to: '13:00' }).toISOString()).toBe(
      '2026-10-24T11:00:00.000Z',
    );
  });
});

describe('escalation steps', () => {
  const incident = { id: 1, level: 'red' as const, status: 'open' };
  const call = (participantId: number, reply: 'yes' | 'no' | null = null, cause = 'activation:1:red:x') => ({
    participantId,
    kind: 'activation',
    cause,
    createdAt: '2026-11-27T21:00:00.000Z',
    reply,
  });
  const at = (minutes: number) => new Date(Date.parse('2026-11-27T21:00:00.000Z') + minutes * 60_000);

  it('deputies after N minutes for those not coming, administrators after M more when nobody comes', () => {
    const calls = [call(1), call(2, 'no'), call(3)];
    expect(dueSteps(incident, DEFAULT_ESCALATION, calls, at(29))).toEqual([]);
    expect(dueSteps(incident, DEFAULT_ESCALATION, calls, at(30))).toEqual([
      { step: 'deputies', cause: 'escalation:deputies:activation:1:red:x', notComing: [1, 2, 3] },
    ]);
    expect(dueSteps(incident, DEFAULT_ESCALATION, calls, at(60)).map((s) => s.step)).toEqual([
      'deputies',
      'admins',
    ]);
  });
  it('one "kommer" stops the steps for that person and the administrators', () => {
    const due = dueSteps(incident, DEFAULT_ESCALATION, [call(1, 'yes'), call(2), call(3)], at(90));
    expect(due).toEqual([
      { step: 'deputies', cause: 'escalation:deputies:activation:1:red:x', notComing: [2, 3] },
    ]);
  });
  it('a meeting planned or the incident closed stops it all; yellow only when the programme says', () => {
    const calls = [call(1)];
    expect(
      dueSteps(
        { ...incident, meetingPlannedAt: '2026-11-28T08:00:00.000Z' },
        DEFAULT_ESCALATION,
        calls,
        at(90),
      ),
    ).toEqual([]);
    expect(dueSteps({ ...incident, status: 'closed' }, DEFAULT_ESCALATION, calls, at(90))).toEqual([]);
    expect(dueSteps({ ...incident, level: 'yellow' }, DEFAULT_ESCALATION, calls, at(90))).toEqual([]);
    const yellow = { ...DEFAULT_ESCALATION, levels: ['red', 'yellow'] as ('red' | 'yellow')[] };
    expect(dueSteps({ ...incident, level: 'yellow' }, yellow, calls, at(90))).toHaveLength(2);
  });
  it('yellow steps wait for the quiet hours to end, across the DST night', () => {
    const rule = {
      ...DEFAULT_ESCALATION,
      levels: ['red', 'yellow'] as ('red' | 'yellow')[],
      quietHours: { from: '22:00', to: '07:00' },
    };
    // Called Saturday 24 October 2026 21.50 CEST: deputies due 22.20, held to Sunday 07.00 CET.
    const times = stepTimes(rule, 'yellow', '2026-10-24T19:50:00.000Z');
    expect(times.deputies.toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(times.admins.toISOString()).toBe('2026-10-25T06:30:00.000Z');
    expect(stepTimes(rule, 'red', '2026-10-24T19:50:00.000Z').deputies.toISOString()).toBe(
      '2026-10-24T20:20:00.000Z',
    );
  });
});
