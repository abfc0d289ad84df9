// A colleague's file of shared decisions that cannot be imported is said in the reviewer's
// language: what is wrong with the file (lib/db/share.ts ShareError's problem and values), or an
// unexpected problem with its own text kept as the technical detail.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ShareView } from '../../components/dashboard/ShareView';
import type { ReviewData } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { freshDb } from '../db/helpers';
import { mount, settle } from './render';

const data = { review: { id: 'review-1', title: 'Pijat oksitosin' } } as unknown as ReviewData;

async function load(root: HTMLElement, file: File): Promise<string | null | undefined> {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  return root.textContent;
}

describe("importing a colleague's file", () => {
  afterEach(() => setLanguage('en'));

  it("says what is wrong with the file in the reviewer's language", async () => {
    await freshDb();
    setLanguage('id');
    const root = await mount(<ShareView data={data} onChanged={async () => {}} />);
    const json = (value: unknown) => new File([JSON.stringify(value)], 'keputusan.json', { type: 'application/json' });
    expect(await load(root, json({ format: 'saring-backup', version: 2 }))).toContain(
      'Tidak diimpor: Berkas ini bukan berkas keputusan bersama (tidak ada "format": "saring-events"). Cadangan lengkap dipulihkan di Pengaturan',
    );
    expect(await load(root, json({ format: 'saring-events', version: 7 }))).toContain('Berkas ini dibuat oleh Saring yang lebih baru (format 7)');
    expect(await load(root, new File(['{"format": "saring-events"'], 'keputusan.json'))).toContain('Berkas ini bukan berkas keputusan bersama: isinya bukan JSON yang sah');
  });

  it('says an unexpected problem as such, keeping its own text', async () => {
    setLanguage('id');
    const root = await mount(<ShareView data={data} onChanged={async () => {}} />);
    const unreadable = Object.assign(new File(['{}'], 'keputusan.json'), {
      text: () => Promise.reject(new DOMException('The requested file could not be read', 'NotReadableError')),
    });
    expect(await load(root, unreadable)).toContain(
      'Tidak diimpor: Berkas tidak dapat diimpor karena terjadi masalah yang tidak terduga (detail teknis: The requested file could not be read).',
    );
  });
});
