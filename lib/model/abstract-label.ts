// The label an abstract may open with, which is no part of it: dropped from imported abstracts
// (lib/formats/abstract-label.ts) and from those read on pages (ArticleSchema: HighWire's
// citation_abstract opens "ABSTRACT\n…" on bioRxiv, OJS's DC.Description "ABSTRAK\n…").
// Exporters write one too (the Cochrane Library's "Abstract - ", SciELO's
// "ABSTRACT Body …", Ovid's "AbstractYouth …" once its label is on a line of its own): no part of it. "Abstract reasoning was …" is the abstract's own first word.
// A hyphen joined to the word ("Abstract-based learning") or a title in capitals ("ABSTRACT THINKING IN …") is no label.
// Indonesian "Abstrak" before a capital is one ("Abstrak Absensi menjadi …"): no Indonesian sentence starts so. ScienceDirect's "Publisher Summary" (chapter-labels.ts) too.
// Journals on IEEE's template write the label with an em dash: "Abstract—One of the obstacles …" (Jurnal
// Linguistik Komputasional's OJS BibTeX), "Abstrak—", and JNTETI's Indonesian "Intisari—".
export const ABSTRACT_LABEL =
  /^(?:ABSTRA(?:CT|K)(?:\s*[:.\u2013\u2014\n]\s*|\s+-\s+|\s+(?=\p{Lu}\p{Ll}))|Abstra(?:ct|k)(?:[^\S\n]*[:.\u2013\u2014\n]\s*|\s+-\s+)|Abstrak\s+(?=\p{Lu}\p{Ll})|(?:INTISARI|Intisari)[^\S\n]*[:\u2013\u2014]\s*|Publisher Summary[:.]?\s+)(?=\S)/u;
