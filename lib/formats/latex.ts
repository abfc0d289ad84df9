// The small part of LaTeX that bibliographic exports use: accents, escaped specials, a few
// symbols and text commands. Enough for Scopus, Web of Science, Google Scholar, Zotero,
// JabRef and Mendeley files; anything else keeps its text and loses its markup.

const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  b: '\u0331',
  d: '\u0323',
  t: '\u0361',
};

const SYMBOLS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  textendash: '–',
  textemdash: '—',
  textquoteright: '’',
  textquoteleft: '‘',
  textquotedblleft: '“',
  textquotedblright: '”',
  textregistered: '®',
  texttrademark: '™',
  textcopyright: '©',
  textdegree: '°',
  textperiodcentered: '·',
  textbullet: '•',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  S: '§',
  P: '¶',
  pounds: '£',
  euro: '€',
  copyright: '©',
  textmu: 'µ',
  textpm: '±',
  pm: '±',
  times: '×',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  neq: '≠',
  approx: '≈',
  // The literal tilde (restored after the ties are read): "272$\sim$276" is a page range, "p$\sim$0.05" no tie.
  sim: '\uE001',
  infty: '∞',
  circ: '°',
  cdot: '·',
  rightarrow: '→',
  leftarrow: '←',
  deg: '°',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  // Written by serialiseBibtex for characters that are special in LaTeX.
  textbackslash: '\uE000',
  textasciitilde: '\uE001',
  textasciicircum: '\uE002',
  textunderscore: '_',
  // Zotero writes these for the characters in "p < 0.001", "> 65 years", "2 × 2".
  textless: '<',
  textgreater: '>',
  lt: '<',
  gt: '>',
  texttimes: '×',
  textdiv: '÷',
  div: '÷',
  textminus: '−',
  textbar: '|',
  textonehalf: '½',
  textonequarter: '¼',
  textthreequarters: '¾',
  textonesuperior: '¹',
  texttwosuperior: '²',
  textthreesuperior: '³',
  textperthousand: '‰',
  textdagger: '†',
  textdaggerdbl: '‡',
  textsection: '§',
  textparagraph: '¶',
  textsterling: '£',
  textyen: '¥',
  textcent: '¢',
  textdollar: '$',
  textquotesingle: "'",
  textquotedbl: '"',
  guillemotleft: '«',
  guillemotright: '»',
};

// Literal characters survive the brace and tilde clean-up as private-use placeholders.
const LITERAL: Record<string, string> = { '{': '\uE003', '}': '\uE004', '&': '&', '%': '%', $: '$', '#': '#', _: '_', ' ': ' ' };
const RESTORE: Record<string, string> = { '\uE000': '\\', '\uE001': '~', '\uE002': '^', '\uE003': '{', '\uE004': '}' };

const NEEDS_WORK = /[\\{}~$`]|--|''/;

// Accents: \'e \'{e} {\'e} \"{\i} \c c \v{s}; the letter may already carry one (stacked: \~{\^e}).
const ACCENT = /\\([`'^"~=.uvHckrbdt])(?:\s*\{\s*(\\?[A-Za-z][\u0300-\u036f]*)\s*\}|(?<=[`'^"~=.])\s*(\\?[A-Za-z])|\s+(\\?[A-Za-z]))/g;
const TIE = /(?<=\S)~(?=\S)/g;
// Web of Science writes a straight quote as "''" at both ends ("{''}Kangaroo care{''} for …",
// BibTeX): one that opens a word, after a space or a bracket (braces aside), opens the quote.
const OPENING_QUOTES = /(^|[\s([\u2013\u2014])(\{*)''(?=\}*[^\s}.,;:!?)\]])/g;

/** Accent commands as combining marks, innermost first ("Nguy{\~{\^e}}n" → "Nguyễn" after NFC). */
function accented(value: string): string {
  let text = value;
  for (let i = 0; i < 3 && text.includes('\\'); i++) {
    const next = text.replace(ACCENT, (_whole, accent: string, a?: string, b?: string, c?: string) => {
      const base = a ?? b ?? c ?? '';
      const letter = base === '\\i' ? 'i' : base === '\\j' ? 'j' : base;
      return letter + ACCENTS[accent];
    });
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * A math body's text: its symbols resolved here, where the body ends, so that "$\mu$g" gives
 * "μg" (not the unknown command "\mug") and "$\beta$ and" keeps its space; an unknown command
 * is ended with "{}" for the same reason. Sub- and superscript marks go ("$^{14}$C").
 */
const mathText = (body: string) => body.replace(/[\^_]/g, '').replace(/\\([A-Za-z]+)\s*/g, (command, name: string) => SYMBOLS[name] ?? `${command.trimEnd()}{}`);

/** Plain Unicode text from a BibTeX field value (braces, accents and commands resolved). */
export function latexToText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  let text = value
    // Math: "$\alpha$-cell", "$^{14}$C". A "$" in an abstract ("$100 million") is left alone.
    // "{$<$}0.05" (Better BibTeX) is a bare relation sign in math.
    .replace(/(?<!\\)\$([^$\n]{1,80}?)(?<!\\)\$/g, (whole, body: string) => (/[\\^_{]/.test(body) || /^\s*[<>=]{1,2}\s*$/.test(body) ? mathText(body) : whole))
    // Mendeley's "{\~{}}30{\%}": a tilde of its own ("~30%"), not an accent on nothing.
    .replace(/\\~\{\}/g, '\uE001');
  text = accented(text)
    // Escaped specials: \& \% \$ \# \_ \{ \} and "\ " (a forced space).
    .replace(/\\([{}&%$#_ ])/g, (_w, ch: string) => LITERAL[ch])
    // Named symbols and text commands; an unknown command keeps its name's text out.
    .replace(/\\([A-Za-z]+)\s*(\{\})?/g, (_w, name: string) => SYMBOLS[name] ?? '')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/``/g, '“')
    .replace(OPENING_QUOTES, '$1$2“')
    .replace(/''/g, '”')
    // A tie joins two words ("Fig.~3"); after a space or at the start, "~" is the text's own ("~30%").
    .replace(TIE, '\u00a0')
    .replace(/[{}]/g, '');
  text = text.replace(/[\uE000-\uE004]/g, (ch) => RESTORE[ch]);
  return text.normalize('NFC');
}

/** A field value for BibTeX: LaTeX specials escaped, so that latexToText gives the text back. */
export function textToLatex(value: string): string {
  return (
    value
      .replace(/[\\{}&%$#_~^]/g, (ch) => {
        switch (ch) {
          case '\\':
            return '\\textbackslash{}';
          case '~':
            return '\\textasciitilde{}';
          case '^':
            return '\\textasciicircum{}';
          default:
            return `\\${ch}`;
        }
      })
      // Keep "--", "``" and "''" from turning into dashes and quotes when read back.
      .replace(/-(?=-)/g, '-{}')
      .replace(/`(?=`)/g, '`{}')
      .replace(/'(?=')/g, "'{}")
  );
}
