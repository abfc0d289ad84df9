// The section headings an abstract opens its parts with, in English and Indonesian, as journals and
// exporters write them: one list for the rules that look for them (glued-labels.ts, where a label
// was run into a word; abstract-keywords.ts, where a keyword list ends; copyright.ts, where a
// notice without a full stop ends).
export const SECTION_HEADINGS =
  'Background|Latar [Bb]elakang|Introduction|Pendahuluan|Objectives?|Purpose|Aims?|Tujuan|Methods?|Metode|Results?|Hasil|Conclusions?|Kesimpulan|Simpulan';
