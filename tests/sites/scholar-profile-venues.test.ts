// A profile's venue line: "Name 12 (1), 3-9". A meeting's name carries its year ("Prosiding
// Seminar Nasional 2019, 45-52"): that year is no volume. A journal whose volumes are years
// (Hindawi's "BioMed Research International 2019, 1234567") keeps it as the volume.
import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../lib/sites/google-scholar';
import { load } from './parse';

const profile = (venue: string) =>
  `<!-- url: https://scholar.google.com/citations?user=AbCdEfGAAAAJ&hl=en -->
<table id="gsc_a_t"><tbody id="gsc_a_b"><tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?view_op=view_citation&amp;user=AbCdEfGAAAAJ&amp;citation_for_view=AbCdEfGAAAAJ:x1" class="gsc_a_at">Pijat oksitosin dan produksi ASI</a><div class="gs_gray">D Lestari</div><div class="gs_gray">${venue}<span class="gs_oph">, 2019</span></div></td><td class="gsc_a_y"><span class="gsc_a_h">2019</span></td></tr></tbody></table>`;

const venueOf = (venue: string) => {
  const { doc, url } = load(profile(venue));
  const { journal, volume, issue, pages } = googleScholar.extract(doc, url)!.articles[0];
  return { journal, volume, issue, pages };
};

describe('Google Scholar profile venues', () => {
  it('keeps a meeting year in the meeting’s name, with the pages after it', () => {
    for (const name of [
      'Prosiding Seminar Nasional Kebidanan',
      'Proceedings of the International Conference on Nursing',
      'Seminar Nasional Keperawatan',
      'International Symposium on Midwifery',
      'Kongres Nasional IBI',
    ]) {
      expect(venueOf(`${name} 2019, 45-52`), name).toEqual({ journal: `${name} 2019`, volume: undefined, issue: undefined, pages: '45-52' });
    }
    expect(venueOf('Prosiding Seminar Nasional 2019 (1), 45-52')).toEqual({ journal: 'Prosiding Seminar Nasional 2019', volume: undefined, issue: '1', pages: '45-52' });
  });

  it('reads a journal’s volume, issue and pages, a year-volume too', () => {
    expect(venueOf('Jurnal Kebidanan 8 (2), 101-110')).toEqual({ journal: 'Jurnal Kebidanan', volume: '8', issue: '2', pages: '101-110' });
    // A proceedings series numbers its volumes past 1500: no meeting year unless it is the row's (2019) or the one before.
    expect(venueOf('AIP Conference Proceedings 1868 (1), 030001')).toEqual({ journal: 'AIP Conference Proceedings', volume: '1868', issue: '1', pages: '030001' });
    expect(venueOf('Journal of Physics: Conference Series 2021 (2), 022001')).toEqual({
      journal: 'Journal of Physics: Conference Series',
      volume: '2021',
      issue: '2',
      pages: '022001',
    });
    expect(venueOf('Prosiding Seminar Nasional 2018, 45-52')).toEqual({ journal: 'Prosiding Seminar Nasional 2018', volume: undefined, issue: undefined, pages: '45-52' });
    expect(venueOf('BioMed Research International 2019, 1234567')).toEqual({ journal: 'BioMed Research International', volume: '2019', issue: undefined, pages: '1234567' });
    expect(venueOf('Proceedings 2019')).toEqual({ journal: 'Proceedings 2019', volume: undefined, issue: undefined, pages: undefined });
  });

  it('takes no number from a venue cut short, and keeps a meeting’s year in its name', () => {
    // A profile cuts long venue lines inside their numbers (the 2026 profile in ../shared).
    const name = 'World Journal of Advanced Engineering Technology and Sciences ((WJAETS)';
    for (const cutLine of [`${name} 1 …`, `${name} 11 …`, `${name} 5 (1 …`, `${name} 5 (1), 12-…`, `${name} …`]) {
      expect(venueOf(cutLine), cutLine).toEqual({ journal: name, volume: undefined, issue: undefined, pages: undefined });
    }
    expect(venueOf('Jurnal Kebidanan 2019 (2 …').journal).toBe('Jurnal Kebidanan');
    for (const cutLine of ['Prosiding Seminar Nasional 2019 …', 'Prosiding Seminar Nasional 2019 (2 …', 'Prosiding Seminar Nasional 2019, 4 …']) {
      expect(venueOf(cutLine), cutLine).toEqual({ journal: 'Prosiding Seminar Nasional 2019', volume: undefined, issue: undefined, pages: undefined });
    }
    expect(venueOf('2024 IEEE International Conference on Computing, Power and Communication …').journal).toBe(
      '2024 IEEE International Conference on Computing, Power and Communication',
    );
  });
});
