// "Read this page": the browser's refusal to run an extension's script in a tab is told apart from
// the reader failing on the page, by the words Chrome and Firefox reject scripting.executeScript
// with (lib/sites/read-failure.ts names where each comes from).
import { describe, expect, it } from 'vitest';
import { injectionFailure, scriptFailure, shortReason } from '../../lib/sites/read-failure';

describe("the browser's refusal", () => {
  it.each([
    // Chrome
    'Cannot access a chrome:// URL',
    'Cannot access a chrome-extension:// URL of different extension',
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'Cannot access contents of url "view-source:https://example.org/". Extension manifest must request permission to access this host.',
    'Cannot access contents of url "file:///home/ani/artikel.html". Extension manifest must request permission to access this host.',
    'Cannot access "about:blank" at origin "https://example.org". Extension must have permission to access the frame\'s origin, and matchAboutBlank must be true.',
    'The extensions gallery cannot be scripted.',
    'The New Tab Page cannot be scripted.',
    'This page cannot be scripted due to an ExtensionsSettings policy.',
    'Frame with ID 0 is showing error page',
    'Frame with ID 0 was removed.',
    // Firefox
    'Missing host permission for the tab',
    'Missing host permission for the tab or frames',
    'Missing host permission for the tab, and any iframes',
    'Frame not found, or missing host permission',
  ])('%s', (message) => {
    expect(injectionFailure(new Error(message))).toEqual({ kind: 'refused' });
    expect(injectionFailure(`Error: ${message}`)).toEqual({ kind: 'refused' });
  });
});

describe('a reader that failed', () => {
  it.each([
    ["Could not load file: 'content-scripts/reader.js'.", "Could not load file: 'content-scripts/reader.js'."],
    ['No tab with id: 7.', 'No tab with id: 7.'],
    ["Cannot read properties of undefined (reading 'querySelector')", "Cannot read properties of undefined (reading 'querySelector')"],
    ["Cannot access 'reading' before initialization", "Cannot access 'reading' before initialization"],
    ['can\'t access property "textContent", node is null', 'can\'t access property "textContent", node is null'],
    [
      "Script 'moz-extension://x/content-scripts/reader.js' result is non-structured-clonable data",
      "Script 'moz-extension://x/content-scripts/reader.js' result is non-structured-clonable data",
    ],
  ])('%s', (message, reason) => {
    expect(injectionFailure(new Error(message))).toEqual({ kind: 'failed', reason });
  });

  it("is what Firefox resolves with as the frame's error, whatever the reader threw", () => {
    const thrown = new TypeError('node is null');
    expect(scriptFailure([{ frameId: 0, documentId: 'd', error: thrown }])).toEqual({ kind: 'failed', reason: 'node is null' });
    // Even a refusal's words, thrown by the page's own script, are the reader's failure.
    expect(scriptFailure([{ frameId: 0, error: { message: 'Missing host permission for the tab' } }])).toEqual({ kind: 'failed', reason: 'Missing host permission for the tab' });
    expect(scriptFailure([{ frameId: 0, error: 'stopped' }])).toEqual({ kind: 'failed', reason: 'stopped' });
    expect(scriptFailure([{ frameId: 0, error: undefined }])).toEqual({ kind: 'failed', reason: 'undefined' });
  });

  it('is not found in a reader that answered that its reading reached the background (Chrome, Firefox)', () => {
    expect(scriptFailure([{ frameId: 0, documentId: 'd', result: true }])).toBeUndefined();
    expect(scriptFailure([{ frameId: 0, result: true, error: undefined }])).toBeUndefined();
  });

  it("is the reader's own answer when it caught its failure (Chrome hands back no error of a script)", () => {
    expect(scriptFailure([{ frameId: 0, documentId: 'd', result: { failed: 'row is null' } }])).toEqual({ kind: 'failed', reason: 'row is null' });
  });

  it('is a reader that stopped before it answered: null from Chrome, or no frame at all', () => {
    expect(scriptFailure([{ frameId: 0, documentId: 'd', result: null }])).toEqual({ kind: 'unfinished' });
    expect(scriptFailure([{ frameId: 0, documentId: 'd', result: undefined }])).toEqual({ kind: 'unfinished' });
    expect(scriptFailure([])).toEqual({ kind: 'unfinished' });
    expect(scriptFailure(undefined)).toEqual({ kind: 'unfinished' });
  });
});

describe('the reason', () => {
  it('is the first line of the message, without "Error: ", cut at a word', () => {
    expect(shortReason(new Error('TypeError: x is undefined\n    at read (reader.js:1:2)'))).toBe('TypeError: x is undefined');
    expect(shortReason('Error: stopped')).toBe('stopped');
    expect(shortReason(new Error(''))).toBe('unknown error');
    const long = shortReason(new Error(`${'word '.repeat(60)}end`));
    expect(long.length).toBeLessThanOrEqual(161);
    expect(long).toMatch(/word…$/);
  });
});
