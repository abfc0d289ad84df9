import { describe, expect, it } from 'vitest';
import { moveCursor, screeningKey } from '../../components/keys';

describe('the keyboard cursor shared by the queue, the popup list and the in-page rows', () => {
  it('moves one row, stops at both ends, and starts on the first row', () => {
    expect(moveCursor(0, 'next', 3)).toBe(1);
    expect(moveCursor(2, 'next', 3)).toBe(2);
    expect(moveCursor(1, 'previous', 3)).toBe(0);
    expect(moveCursor(0, 'previous', 3)).toBe(0);
    expect(moveCursor(-1, 'next', 3)).toBe(0);
    expect(moveCursor(-1, 'previous', 3)).toBe(0);
    // A list that shrank under the cursor.
    expect(moveCursor(7, 'previous', 3)).toBe(2);
    expect(moveCursor(0, 'next', 0)).toBe(-1);
  });
});

describe('the screening keys', () => {
  const key = (k: string, repeat = false) => screeningKey(new KeyboardEvent('keydown', { key: k, repeat }));
  it('decide on the first press of I / E / M only, never on the repeats of a key held down; J / K repeat', () => {
    expect(['i', 'E', 'm'].map((k) => key(k))).toEqual(['include', 'exclude', 'maybe']);
    expect(['i', 'E', 'm'].map((k) => key(k, true))).toEqual([undefined, undefined, undefined]);
    expect([key('j', true), key('K', true), key('ArrowDown', true)]).toEqual(['next', 'previous', 'next']);
  });
});
