// The in-page controls show only the messages a content script gets from the background
// (lib/i18n/page-messages): rendered in every state, in both languages, with no other messages
// loaded (this file never imports the whole tables), no message key may show through.
import { describe, expect, it } from 'vitest';
import { RowControl } from '../../components/page/RowControl';
import { addMessages, setLanguage, type Language } from '../../lib/i18n/page';
import { pageMessages } from '../../lib/i18n/page-messages';
import type { RowStatus } from '../../lib/messaging/protocol';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { button, mount, reviewerClick } from './render';

const review = { title: 'R', exclusionReasons: ['wrong population', 'outside publication window', 'other'], window: { from: 2018, to: 2023 }, mode: 'single' as const };
const KEYS = Object.keys(en);

/** Every text and label of the control, as the reviewer (or a screen reader) gets them. */
function words(root: HTMLElement): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
  const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  return [...texts, ...labels].join(' | ');
}

const leaked = (text: string) => KEYS.filter((key) => new RegExp(`\\b${key}\\b`).test(text));

describe('in-page row control messages', () => {
  const statuses: RowStatus[] = [
    { window: 'pass' },
    { window: 'fail' },
    { window: 'unknown' },
    { window: 'pass', decision: 'include' },
    { window: 'fail', decision: 'exclude', reason: 'wrong population' },
    { window: 'pass', decision: 'maybe' },
  ];

  it.each(['en', 'id'] as Language[])('%s: every state, the reason picker and a failed save, all in words', async (language) => {
    addMessages({ en: {}, id: {}, [language]: pageMessages(language) });
    setLanguage(language);
    const table = language === 'en' ? en : id;
    for (const status of statuses) {
      const root = await mount(<RowControl status={status} review={review} year={2016} current={false} onDecide={() => Promise.reject(new Error('offline'))} />);
      await reviewerClick(button(root, table.decisionExclude.message));
      expect(root.querySelector('select')).not.toBeNull();
      await reviewerClick(button(root, table.decisionInclude.message));
      expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/offline/);
      expect(leaked(words(root)), words(root)).toEqual([]);
    }
  });
});

describe('the year chip of a row', () => {
  it('says why a known year is neither in nor out (the year after the search year), and "unknown" only without a year', async () => {
    addMessages({ en: pageMessages('en'), id: {} });
    setLanguage('en');
    const ahead = await mount(<RowControl status={{ window: 'unknown' }} review={review} year={2024} current={false} onDecide={async () => undefined} />);
    expect(ahead.querySelector('.chip')?.textContent).toContain('2024 is after 2018–2023: probably online before its 2024 issue');
    const none = await mount(<RowControl status={{ window: 'unknown' }} review={review} current={false} onDecide={async () => undefined} />);
    expect(none.querySelector('.chip')?.textContent).toContain('year unknown (window 2018–2023)');
  });
});
