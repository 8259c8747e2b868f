import { describe, expect, it } from 'vitest';
import {
  LOCK_MS,
  MAX_FAILURES,
  WINDOW_MS,
  countAttempt,
  forgetAttempt,
  lockedFor,
  trackIdle,
  type Track,
} from '../../src/domain/loginThrottle';

const attempts = (times: number[], start?: Track) =>
  times.reduce<Track | undefined>((t, at) => countAttempt(t, at), start)!;

describe('login throttle', () => {
  it('locks for 15 minutes from the fifth attempt within 15 minutes', () => {
    const four = attempts([0, 1, 2, 3]);
    expect(lockedFor(four, 3)).toBe(0);
    const fifth = countAttempt(four, 4);
    expect(lockedFor(fifth, 4)).toBe(LOCK_MS);
    expect(lockedFor(fifth, 4 + LOCK_MS)).toBe(0);
    expect(MAX_FAILURES).toBe(5);
  });

  it('counts only attempts within the window', () => {
    const old = attempts([0, 1, 2, 3]);
    const later = countAttempt(old, WINDOW_MS + 3);
    expect(later.failures).toEqual([WINDOW_MS + 3]);
    expect(lockedFor(later, WINDOW_MS + 3)).toBe(0);
  });

  it('takes back only the attempt that succeeded, and the lock it set', () => {
    const locked = attempts([0, 1, 2, 3, 4]);
    const forgiven = forgetAttempt(locked, 4);
    expect(forgiven.failures).toEqual([0, 1, 2, 3]);
    expect(lockedFor(forgiven, 5)).toBe(0);
    // A lock set by an earlier attempt stays when a later one is taken back.
    const stillLocked = forgetAttempt({ failures: [0, 1, 2, 3, 4, 9], lockedUntil: 4 + LOCK_MS }, 9);
    expect(lockedFor(stillLocked, 10)).toBe(LOCK_MS - 6);
  });

  it('is forgotten when nothing in it counts any more', () => {
    const track = attempts([0, 1]);
    expect(trackIdle(track, WINDOW_MS)).toBe(false);
    expect(trackIdle(track, WINDOW_MS + 1)).toBe(true);
    // A lock keeps the track until it has run out.
    expect(trackIdle(attempts([0, 1, 2, 3, 4]), WINDOW_MS + 3)).toBe(false);
    expect(trackIdle(attempts([0, 1, 2, 3, 4]), LOCK_MS + 4)).toBe(true);
  });
});
