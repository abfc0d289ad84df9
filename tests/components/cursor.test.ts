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

/** The key `key` pressed on a fresh element made by `make`, as the screening keys read it. */
function keyOn(key: string, make: () => HTMLElement) {
  const el = make();
  document.body.replaceChildren(el);
  let got: ReturnType<typeof screeningKey> | 'none' = 'none';
  el.addEventListener('keydown', (event) => void (got = screeningKey(event)));
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  return got;
}
const input = (type: string) => () => Object.assign(document.createElement('input'), { type });
const textbox = () => {
  const el = document.createElement('div');
  el.setAttribute('role', 'textbox');
  return el;
};

describe('the screening keys on form controls', () => {
  it('I / E / M work on a radio, a checkbox or a button input, never where text is typed', () => {
    for (const type of ['radio', 'checkbox', 'button', 'submit']) expect(keyOn('i', input(type))).toBe('include');
    for (const type of ['text', 'search', 'number', 'email', '']) expect(keyOn('i', input(type))).toBeUndefined();
    expect(keyOn('e', () => document.createElement('textarea'))).toBeUndefined();
    expect(keyOn('m', () => document.createElement('select'))).toBeUndefined();
    expect(keyOn('j', textbox)).toBeUndefined();
  });

  it('the arrows, Enter and Space on a radio are its own (moving between the answers), not the cursor', () => {
    for (const k of ['ArrowDown', 'ArrowUp', 'Enter', ' ']) expect(keyOn(k, input('radio'))).toBeUndefined();
    // Elsewhere the arrows still move the cursor of the popup's rows.
    expect(keyOn('ArrowDown', () => document.createElement('li'))).toBe('next');
  });
});
