// Which language a part of a two-language title is in (lib/dedup/bilingual.ts), by words that
// are found in one language's titles only. Function words first; then the words that most
// nursing and midwifery titles are made of, so that a part without any function word ("Kepatuhan
// minum obat pasien DM tipe 2", "COVID-19: kecemasan ibu hamil") still tells its language.
// Left out: words written alike in both ("diabetes", "program", "status", "model"), English terms
// that Indonesian titles borrow ("antenatal care", "self efficacy", "quality of life", "health
// education", "literature review"), and names that English titles keep (Puskesmas, Posyandu,
// Kota, Kabupaten, Desa, Rumah Sakit).
import { isGenericTitle, MIN_TITLE_LENGTH } from './normalize';

const INDONESIAN = new Set(
  [
    'dan yang di pada terhadap dengan dalam untuk tentang dari oleh antara sebagai pengaruh hubungan faktor gambaran',
    'melalui bagi atau secara selama masa sebelum sesudah setelah pasca',
    'ibu anak hamil bayi balita remaja pasien perawat bidan keluarga masyarakat lansia mahasiswa wanita perempuan usia',
    'pengetahuan sikap perilaku kejadian tingkat kepatuhan kecemasan efektivitas pelaksanaan penerapan pemberian dukungan peran',
    'kesehatan keperawatan kebidanan asuhan persalinan nifas menyusui penyakit pencegahan penanganan pelayanan penggunaan',
    'risiko analisis kualitas hidup gizi upaya minum obat studi kasus tinjauan pustaka sistematis',
  ]
    .join(' ')
    .split(' '),
);
const ENGLISH = new Set(
  [
    'the of and in on with for among to between from by at during effect effects relationship',
    'about through towards toward after before within versus their its is are',
    'mothers women children infants pregnant patients nurses midwives adolescents students elderly',
    'knowledge attitude attitudes behaviour behavior incidence compliance adherence anxiety effectiveness',
    'risk factors factor associated association impact influence evaluation prevention analysis',
  ]
    .join(' ')
    .split(' '),
);

/** A half must be a title of its own, not a word or two ("Pre-eclampsia / eclampsia …"). */
export const MIN_HALF_WORDS = 4;

/** 'id' or 'en' by the language words a folded part holds more of; '' when it holds neither more. */
export function language(folded: string): string {
  let id = 0;
  let en = 0;
  for (const word of folded.split(' ')) {
    if (INDONESIAN.has(word)) id++;
    else if (ENGLISH.has(word)) en++;
  }
  return id > en ? 'id' : en > id ? 'en' : '';
}

/** At least MIN_HALF_WORDS words, counted on the text as written (no folding). */
export function enoughWords(text: string): boolean {
  let spaces = 0;
  for (let i = text.indexOf(' ', 1); i >= 0 && spaces < MIN_HALF_WORDS - 1; i = text.indexOf(' ', i + 1)) if (text[i - 1] !== ' ') spaces++;
  return spaces >= MIN_HALF_WORDS - 1;
}

/** A folded part long enough to be a title of its own, and not one a journal gives many items. */
export function isHalf(folded: string): boolean {
  return folded.length >= MIN_TITLE_LENGTH && folded.split(' ').length >= MIN_HALF_WORDS && !isGenericTitle(folded);
}

/**
 * Two folded parts that say something alike in two languages: a word of neither language's
 * list in both (a name, a place, a number, a term written alike: "covid", "bandung", "2").
 */
export function shareAWord(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  for (const word of b.split(' ')) {
    if (!words.has(word) || INDONESIAN.has(word) || ENGLISH.has(word)) continue;
    if (word.length >= 3 || isDigit(word.charCodeAt(0))) return true;
  }
  return false;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
