// Where a title in two languages in one field is cut into its halves when the words at the seam
// are abbreviations, one term written alike in both languages, or a single capital letter
// (lib/dedup/seams.ts). Each case once left the title whole, so that the copy holding one half
// alone was missed; the other side: slashes inside phrases and titles sharing an abbreviation
// stay apart.
import { describe, expect, it } from 'vitest';
import { groupDuplicates, likelyDuplicates } from '../../lib/dedup';
import type { Article } from '../../lib/model/article';

const art = (fields: Partial<Article>): Article => ({ title: 'x', authors: ['Sari, Dewi'], year: 2021, url: '', source: 'import', ...fields });
const merged = (articles: Article[]) => groupDuplicates(articles).filter((g) => g.length > 1);

/** A Garuda record of both halves, a Scholar copy of the Indonesian one, a DOI'd copy of the English one. */
const copies = (id: string, en: string, both: string) => [
  art({ title: both, authors: ['DEWI SARI'], source: 'garuda' }),
  art({ title: id, authors: ['D Sari'], source: 'google-scholar', year: 2022 }),
  art({ title: en, authors: ['Sari, D.'], doi: '10.33086/jhs.v1i1.1' }),
];

describe('two-language titles cut at their seam', () => {
  it.each([
    // One term on both sides of the slash.
    ['Kecemasan ibu hamil pada masa pandemi COVID-19', 'COVID-19 pandemic and anxiety among pregnant women'],
    ['Kepatuhan minum obat pada pasien DM', 'DM patients and their medication adherence'],
    // A capital letter before the slash ends a name, not the article "a".
    ['Pengetahuan ibu tentang Hepatitis A', 'Knowledge of mothers about Hepatitis A'],
    ['Faktor risiko penularan Hepatitis A', 'Hepatitis A transmission risk factors among students'],
    // The article "A" after an abbreviation opens the English title.
    ['Pengaruh pijat oksitosin terhadap produksi ASI', 'A quasi-experimental study of oxytocin massage and breast milk'],
    // Two abbreviations, Indonesian and English, at the seam of halves that share a name.
    ['Hubungan status gizi ibu hamil di Kabupaten Garut dengan kejadian BBLR', 'LBW incidence and maternal nutritional status in Garut Regency'],
    // Halves without a function word, or opening with one term written alike.
    ['Kepatuhan minum obat pasien DM tipe 2', 'Medication adherence of type 2 DM patients'],
    ['COVID-19: Kecemasan ibu hamil trimester III', 'COVID-19: Anxiety in third-trimester pregnant women'],
  ])('"%s / %s" is the copy with either half', (id, en) => {
    expect(merged(copies(id, en, `${id} / ${en}`))).toEqual([[0, 1, 2]]);
    expect(merged(copies(id, en, `${en} | ${id}`))).toEqual([[0, 1, 2]]);
  });

  it('an abbreviation pair that opens a title in capitals stays in its half', () => {
    const id = 'DBD / DHF pada anak usia sekolah di Kota Bandung';
    const en = 'Dengue haemorrhagic fever in school-age children in Bandung';
    expect(merged(copies(id, en, `${id} / ${en}`.toUpperCase()))).toEqual([[0, 1, 2]]);
    // A word alone after the last separator is a tail, not part of a half.
    expect(merged(copies(id, en, `${id} / ${en} | JKI`.toUpperCase()))).toEqual([[0, 1, 2]]);
    expect(merged(copies(id, en, `${id} / ${en}`))).toEqual([[0, 1, 2]]);
  });
});

describe('slashes at the seam that do not cut', () => {
  it.each([
    // Titles of two papers by one author, each opening with one abbreviation pair.
    ['DBD / DHF pada anak usia sekolah di Kota Bandung', 'DBD / DHF pada ibu hamil di Kota Bandung'],
    ['DBD / Dengue haemorrhagic fever in school-age children in Bandung', 'DBD / Dengue haemorrhagic fever among pregnant women in Bandung'],
    ['DBD / DHF PADA ANAK USIA SEKOLAH DI KOTA BANDUNG', 'DBD / DHF PADA IBU HAMIL DI KOTA BANDUNG'],
    // Both sides of the abbreviations in one language: one title, not its halves.
    ['Analisis faktor risiko kejadian DBD / DHF pada anak di Kota Bandung', 'DHF pada anak di Kota Bandung'],
    ['Analisis faktor risiko kejadian DBD / DHF pada anak di Kota Bandung', 'Analisis faktor risiko kejadian DBD'],
    // Two languages either side of "HIV / AIDS", sharing no word: a phrase.
    ['Pengetahuan dan sikap remaja tentang HIV / AIDS among adolescents in the city', 'Pengetahuan dan sikap remaja tentang HIV'],
    // Two capital letters: "tipe A / B".
    ['Hubungan kepribadian tipe A / B dengan stres kerja perawat di rumah sakit', 'B dengan stres kerja perawat di rumah sakit'],
  ])('"%s" and "%s" are not joined', (a, b) => {
    expect(merged([art({ title: a }), art({ title: b })])).toEqual([]);
  });

  it('two-language titles sharing their abbreviation-led Indonesian half only are offered, not joined', () => {
    const id = 'DBD / DHF pada anak usia sekolah di Kota Bandung';
    const a = art({ title: `${id} / Dengue haemorrhagic fever in school-age children in Bandung` });
    const b = art({ title: `${id} / Mosquito breeding sites around schools in Bandung` });
    expect(merged([a, b])).toEqual([]);
    expect(likelyDuplicates([a, b])).toHaveLength(1);
  });

  it('one term on both sides joins the copy of its half, not another paper sharing the other half', () => {
    const id = 'Kecemasan ibu hamil pada masa pandemi COVID-19';
    const a = art({ title: `${id} / COVID-19 pandemic and anxiety among pregnant women` });
    const b = art({ title: `${id} / COVID-19 vaccine acceptance among pregnant women` });
    expect(merged([a, b])).toEqual([]);
    expect(merged([a, art({ title: 'COVID-19 vaccine acceptance among pregnant women' })])).toEqual([]);
  });
});
