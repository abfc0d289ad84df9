// RIS files that carry a year in more than one tag: PY (the publication year), Y1 (older exporters'
// primary date, "2019///") and DA (Zotero's date; elsewhere an access or online-first date). The
// publication window a reviewer screens by is the publication's: PY, then Y1, then DA — whatever
// order the lines stand in, and past a first tag that holds no year ("In press").
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const yearOf = (...lines: string[]) => parseBibliography(['TY  - JOUR', 'TI  - Oxytocin massage', ...lines, 'ER  - ', ''].join('\n'), 'a.ris').records[0].year;

describe('RIS year, from PY, Y1 and DA', () => {
  it("takes Y1's print year over DA's online or access date, before or after it", () => {
    expect(yearOf('Y1  - 2019///', 'DA  - 2018/12/05/')).toBe(2019);
    expect(yearOf('DA  - 2018/12/05/', 'Y1  - 2019///')).toBe(2019);
    expect(yearOf('DA  - 2024/03/01/', 'Y1  - 2019/05//')).toBe(2019);
  });

  it('takes PY over both, and the next tag when one holds no year', () => {
    expect(yearOf('DA  - 2018/12/05/', 'Y1  - 2020///', 'PY  - 2019')).toBe(2019);
    expect(yearOf('PY  - In press', 'Y1  - ///', 'DA  - 2024/05/01/')).toBe(2024);
    expect(yearOf('Y1  - Forthcoming', 'DA  - 2023/01/10/')).toBe(2023);
    // Zotero: the date alone in DA, the access date in Y2 (never a year).
    expect(yearOf('DA  - 2017/09//', 'Y2  - 2024/02/11/')).toBe(2017);
  });
});
