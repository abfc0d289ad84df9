import { describe, expect, it } from 'vitest';
import { isDegreeOnly, namesInOne, withoutDegrees } from '../../lib/model/names';
import { ArticleSchema } from '../../lib/model';

describe('author names without titles and degrees', () => {
  it('drops what Indonesian journals write beside a name, keeping its comma parts', () => {
    expect(withoutDegrees('Siti Rahmawati, S.Kep., Ns., M.Kep')).toBe('Siti Rahmawati');
    expect(withoutDegrees('Ns. Budi Santoso, M.Kep., Sp.Kep.An')).toBe('Budi Santoso');
    expect(withoutDegrees('dr. Andi Wijaya, Sp.OG')).toBe('Andi Wijaya');
    expect(withoutDegrees('Prof. Dr. Hj. Siti Aminah, SKM, M.Kes')).toBe('Siti Aminah');
    expect(withoutDegrees('Rahmawati, Siti, S.Kep')).toBe('Rahmawati, Siti');
  });

  it('keeps initials, generational suffixes and a name that is nothing else', () => {
    expect(withoutDegrees('Sari D.A.')).toBe('Sari D.A.');
    expect(withoutDegrees('DR Smith')).toBe('DR Smith');
    expect(withoutDegrees('Smith, Jr., Robert')).toBe('Smith, Jr., Robert');
    expect(withoutDegrees('Smith, Jr., Robert', true)).toBe('Smith, Robert');
    expect(withoutDegrees('Dr.')).toBe('Dr.');
  });

  it('drops nursing and midwifery credentials after a name, but not initials or a surname that look like one', () => {
    const names: [string, string][] = [
      ['Smith, Jane, RN, PhD', 'Smith, Jane'],
      ['Smith, Jane, RN', 'Smith, Jane'],
      ['Doe, Ann B., MSN, APRN, FNP', 'Doe, Ann B.'],
      ['Jane Smith, RN, MSN', 'Jane Smith'],
      ['Mary Jones, CNM, IBCLC', 'Mary Jones'],
      ['Ann Lee, BSc(N), RGN', 'Ann Lee'],
      ['Rn, A.', 'Rn, A.'],
      ['Smith, RN', 'Smith, RN'],
      ['Smith, N P', 'Smith, N P'],
      ['Smith, NP', 'Smith, NP'],
      ['RN Smith', 'RN Smith'],
    ];
    expect(names.map(([name]) => withoutDegrees(name))).toEqual(names.map(([, bare]) => bare));
  });

  it('keeps Indonesian given names shortened with a dot, which look like degrees', () => {
    const names: [string, string][] = [
      ['Andi Muh.Syukri', 'Andi Muh.Syukri'],
      ['Moh.Hasan Basri, S.Kep', 'Moh.Hasan Basri'],
      ['Andi St.Halimah', 'Andi St.Halimah'],
      ['Hidayat, Moh.Rizal', 'Hidayat, Moh.Rizal'],
      ['Abd.Rahman, M.Kes', 'Abd.Rahman'],
      // Bangladesh's Md. (Muhammad), glued as SpringerLink writes it; a diploma's "Md.Keb" stays a degree.
      ['Md.Wahidul Alam', 'Md.Wahidul Alam'],
      ['Alam, Md.Simul', 'Alam, Md.Simul'],
      ['Rina Sari, Amd.Keb', 'Rina Sari'],
      ['Rina Sari Md.Keb', 'Rina Sari'],
      ['Rina Sari Md.Akp', 'Rina Sari'],
      ['Rina Sari, A.Md.Par', 'Rina Sari'],
    ];
    expect(names.map(([name]) => withoutDegrees(name))).toEqual(names.map(([, bare]) => bare));
  });

  it("drops degrees written without dots, in capitals, with a specialty, and midwives' and pharmacists' titles", () => {
    const names: [string, string][] = [
      ['Aminah, Siti, RN, MKep', 'Aminah, Siti'],
      ['Siti Aminah, SKp, MNS', 'Siti Aminah'],
      ['Budi Santoso, MARS', 'Budi Santoso'],
      ['Bdn. Siti Aminah, S.ST., M.Keb', 'Siti Aminah'],
      ['Ners. Budi Santoso', 'Budi Santoso'],
      ['SITI AMINAH, S.KEP., NS., M.KEP', 'SITI AMINAH'],
      ['Dewi Lestari, M.Kes (Epid)', 'Dewi Lestari'],
      ['apt. Rina Sari, M.Farm', 'Rina Sari'],
      // Look-alikes that are names or initials.
      ['Lestari, Mars', 'Lestari, Mars'],
      ['Ayu, NS', 'Ayu, NS'],
      ['Smith, D.A.', 'Smith, D.A.'],
    ];
    expect(names.map(([name]) => withoutDegrees(name))).toEqual(names.map(([, bare]) => bare));
  });

  it("drops a specialist's and consultant's degree, a diploma, and SKM written beside the name without a comma", () => {
    const names: [string, string][] = [
      ['dr. Andi Wijaya, Sp.OG(K)', 'Andi Wijaya'],
      ['Andi Wijaya, Sp.OG (K)', 'Andi Wijaya'],
      ['Andi Wijaya Sp.OG(K)', 'Andi Wijaya'],
      ['Rina Sari, Sp.A(K)', 'Rina Sari'],
      ['Rina Sari SpA', 'Rina Sari'],
      ['Dewi Sari, Amd. Keb', 'Dewi Sari'],
      ['Dewi Sari, Amd Keb', 'Dewi Sari'],
      ['Dewi Sari, AMK', 'Dewi Sari'],
      ['Dewi Sari SKM', 'Dewi Sari'],
      ['SKM Dewi Sari', 'Dewi Sari'],
      ['DEWI SARI SKM, M.KES', 'DEWI SARI'],
      ['Dewi Sari MKes', 'Dewi Sari'],
      // Two words: "Sari SKM" may be S. K. M. Sari; "Spencer" is a name.
      ['Sari SKM', 'Sari SKM'],
      ['Spencer, A.', 'Spencer, A.'],
      ['Mars Dewi Sari', 'Mars Dewi Sari'],
    ];
    expect(names.map(([name]) => withoutDegrees(name))).toEqual(names.map(([, bare]) => bare));
  });

  it("drops public-health degrees written with dots, the midwife's Bd. and Psikolog, where a whole name is before them", () => {
    const bare = (names: string[]) => Object.fromEntries(names.map((name) => [name, withoutDegrees(name)]));
    const written = ['Siti Aminah, S.K.M., M.P.H.', 'Siti Aminah, S.K.M, M.P.H', 'Siti Aminah, S.K.M.', 'Siti Aminah S.K.M. M.P.H.', 'Siti Aminah, SKM, MPH'];
    written.push('Bd. Siti Aminah, S.Tr.Keb', 'Siti Aminah, S.Tr.Keb., Bd., M.Kes', 'Siti Aminah, M.Psi., Psikolog', 'Siti Aminah, S.Kep.,Ns');
    written.push('Siti Aminah, S.SiT, M.Tr.Keb', 'Siti Aminah, S.Si.T., M.Biomed', 'Siti Aminah, A.Md.Kep', 'Ns. Siti Aminah, M.Kep., Sp.Kep.Mat', 'Siti Aminah, S.Kp., MARS');
    expect(bare(written)).toEqual(Object.fromEntries(written.map((name) => [name, 'Siti Aminah'])));
    expect(withoutDegrees('Aminah, Siti, M.P.H.')).toBe('Aminah, Siti');
    expect(withoutDegrees('SITI AMINAH, S.K.M., M.K.M.')).toBe('SITI AMINAH');
    // Initials with dots: after a family name alone, or before the name, they stay initials.
    const initials = ['S.K. Mishra', 'M.P. Singh', 'Mishra, S.K.', 'Rahman, S.K.M.', 'Singh, M.P.H.', 'Singh M.P.H.', 'M.P.H. Singh', 'S.K.M. Abdur Rahman'];
    expect(bare(initials)).toEqual(Object.fromEntries(initials.map((name) => [name, name])));
  });

  it('knows a degree listed as if it were an author', () => {
    expect(['S Kep', 'M Kep', 'M.Kes', 'S.ST', 'A Md Keb', 'Sp OG'].filter(isDegreeOnly)).toHaveLength(6);
    const more = ['Sp.OG(K)', 'Sp.A', 'Sp.A(K)', 'SpOG', 'Amd.Keb', 'A.Md.Keb', 'Amd Keb', 'S.Tr.Keb', 'M.Tr.Keb', 'Ns.', 'Ns', 'SKM', 'Sp.Kep.Mat'];
    expect(more.filter((d) => !isDegreeOnly(d))).toEqual([]);
    expect(['S Aminah', 'M Ali', 'Kep', 'D Santoso', 'Sp', 'Amd', 'Spencer', 'Ns Ali', 'Sn'].filter(isDegreeOnly)).toEqual([]);
    const dotted = ['S.K.M', 'S.K.M.', 'M.P.H', 'M.P.H.', 'MPH', 'MARS', 'Bd.', 'Bd', 'Psikolog', 'SKp', 'S.SiT', 'S.Si.T', 'A.Md.Kep', 'M.Biomed'];
    expect(dotted.filter((d) => !isDegreeOnly(d))).toEqual([]);
    // Several degrees in one "author", as Scholar splits "S Aminah, SKM MPH".
    expect(['SKM MPH', 'S Kep Ns M Kep', 'S.Tr.Keb Bd', 'M Psi Psikolog'].filter((d) => !isDegreeOnly(d))).toEqual([]);
    expect(['Mars', 'Bd Ali', 'Ed', 'MP Singh', 'SK Mishra', 'S.K.', 'M.P.', 'Mph Ali'].filter(isDegreeOnly)).toEqual([]);
  });

  it('is applied to every article the background stores', () => {
    const article = ArticleSchema.parse({ title: 'T', authors: ['Siti Rahmawati, S.Kep., Ns., M.Kep', 'Lee, Ann'], url: '', source: 'web' });
    expect(article.authors).toEqual(['Siti Rahmawati', 'Lee, Ann']);
    const scholar = ArticleSchema.parse({ title: 'T', authors: ['A Rahmawati', 'S Kep', 'M Kep', 'B Santoso'], url: '', source: 'web' });
    expect(scholar.authors).toEqual(['A Rahmawati', 'B Santoso']);
    const more = ArticleSchema.parse({ title: 'T', authors: ['A Wijaya', 'Sp.OG(K)', 'D Sari', 'Amd.Keb', 'Ns.'], url: '', source: 'web' });
    expect(more.authors).toEqual(['A Wijaya', 'D Sari']);
    const health = ArticleSchema.parse({ title: 'T', authors: ['S Aminah', 'SKM MPH', 'D Sari', 'MPH', 'Bd', 'Psikolog', 'B Santoso'], url: '', source: 'web' });
    expect(health.authors).toEqual(['S Aminah', 'D Sari', 'B Santoso']);
  });
});

describe('one field holding several names', () => {
  it('is a list of people when a full name follows a degree, each person with their degrees', () => {
    expect(namesInOne('Andi Wijaya, Sp.OG (K), Budi Santoso, M. Kes')).toEqual(['Andi Wijaya, Sp.OG (K)', 'Budi Santoso, M. Kes']);
    expect(namesInOne('Dewi Sari, A. Md. Keb, Rina Putri')).toEqual(['Dewi Sari, A. Md. Keb', 'Rina Putri']);
    expect(namesInOne('Siti Aminah, S.K.M., Budi Santoso, M.P.H.')).toEqual(['Siti Aminah, S.K.M.', 'Budi Santoso, M.P.H.']);
    expect(namesInOne('Sari, Dewi, S.Kep., Ns, Budi Santoso')).toEqual(['Sari, Dewi, S.Kep., Ns', 'Budi Santoso']);
    // Titles and degrees of other shapes, and names that start with "I", "Abd.", "Hj." or are in capitals.
    expect(namesInOne('Dewi Sari, S.Tr.Keb, Bd, Budi Santoso, SKM')).toEqual(['Dewi Sari, S.Tr.Keb, Bd', 'Budi Santoso, SKM']);
    expect(namesInOne('Rina Putri, M.Psi, Psikolog, Budi Santoso')).toEqual(['Rina Putri, M.Psi, Psikolog', 'Budi Santoso']);
    expect(namesInOne('Ani Lestari, S.Farm, Apt, I Made Wirawan, M.Kes, Ph.D, Abd. Rahman')).toEqual(['Ani Lestari, S.Farm, Apt', 'I Made Wirawan, M.Kes, Ph.D', 'Abd. Rahman']);
    expect(namesInOne('SITI AMINAH, S.KEP, Hj. Nur Aini, M.Kes')).toEqual(['SITI AMINAH, S.KEP', 'Hj. Nur Aini, M.Kes']);
    expect(namesInOne('BUDI SANTOSO, SKM, DEWI SARI, SST')).toEqual(['BUDI SANTOSO, SKM', 'DEWI SARI, SST']);
    expect(namesInOne('Budi Santoso, S.Kep, Ns, Prof. dr. Ani Sari, Sp.A')).toEqual(['Budi Santoso, S.Kep, Ns', 'Prof. dr. Ani Sari, Sp.A']);
    expect(namesInOne('Budi Santoso, S.Kep, M. Hum, Dewi Sari')).toEqual(['Budi Santoso, S.Kep, M. Hum', 'Dewi Sari']);
  });

  it('stays one name when only degrees follow it, or when a part after a degree is initials and a name', () => {
    const one = ['Budi Santoso, S. Kep., M. Kes', 'Abu Bakar, Siti Nur, S. Kep.', 'Budi Santoso, S.Kep., Ners', 'S Aminah, B Santoso, D Sari', 'Ann Lee, D.A. Sari, Bo Kim'];
    // A degree written out after a degree is no second person.
    one.push('Budi Santoso, S.Kep., MSc Nursing', 'Dewi Sari, S.Kep., PhD Candidate', 'Budi Santoso, S.Kep, M. Hum', 'Budi Santoso, S.Kep., M. Ag');
    // An affiliation after the degrees is no person.
    one.push('Andi Wijaya, S.Kep, Universitas Indonesia', 'Dewi Lestari, SST, Poltekkes Kemenkes Malang', 'Budi Santoso, SKM, Magister Kesehatan');
    one.push('Budi Santoso, Ns, Dosen Keperawatan', 'Budi Santoso, Sp.PD, RSUD Dr. Soetomo', 'Budi Santoso, SKM, Dinas Kesehatan Kota Malang');
    // An organisation's name with commas, as Indonesian ministries' agencies are written, is no list of people.
    one.push('Kementerian Kesehatan, Badan Penelitian, & Pengembangan Kesehatan', 'Badan Pusat Statistik, Kementerian Kesehatan, ICF International');
    expect(one.map(namesInOne)).toEqual(one.map((name) => [name]));
  });
  it('splits a list of full names with one-word names among them, not "Family, Given" pairs nor places', () => {
    expect(namesInOne('Siti Rahmawati, Suharti, Dewi Lestari')).toEqual(['Siti Rahmawati', 'Suharti', 'Dewi Lestari']);
    expect(namesInOne('Suharti, Siti Rahmawati, Dewi Lestari, Sumarni')).toEqual(['Suharti', 'Siti Rahmawati', 'Dewi Lestari', 'Sumarni']);
    const one = ['Rahmawati, Siti Nur, Santoso, Budi Hartono', 'Dewi Lestari, Jakarta, Indonesia', 'Budi Santoso, Suharti, Universitas Airlangga', 'Suharti, Dewi Lestari'];
    expect(one.map(namesInOne)).toEqual(one.map((name) => [name]));
  });

  it('splits the last name off a list that joins it with "dan", "and" or "&" (a journal page’s single author tag)', () => {
    expect(namesInOne('Mohammad Hakimi, Dewi Sari, Budi Santoso, Ani Yulianti dan Rina Wati')).toEqual([
      'Mohammad Hakimi',
      'Dewi Sari',
      'Budi Santoso',
      'Ani Yulianti',
      'Rina Wati',
    ]);
    expect(namesInOne('John Smith, Anne Lee, and Bo Kim')).toEqual(['John Smith', 'Anne Lee', 'Bo Kim']);
    // Still one name: a family name and its given names joined, an organisation.
    expect(namesInOne('Smith, J. and Lee, K.')).toEqual(['Smith, J. and Lee, K.']);
    expect(namesInOne('Kementerian Kesehatan, Badan Penelitian, & Pengembangan Kesehatan')).toHaveLength(1);
    // A single comma makes no list: an organisation with "and", a family name and given names.
    expect(namesInOne('Ministry of Health, Republic of Indonesia and World Health Organization')).toHaveLength(1);
    expect(namesInOne('Abu Bakar, Siti Nur')).toHaveLength(1);
    expect(namesInOne('Santoso, Budi and Rina Wati')).toHaveLength(1);
  });

  it('reads one comma and a joiner between full names as three people, as the RIS importer does', () => {
    // OJS pages write every author into one tag so; a family name followed by its given names and
    // "dan" another person cannot be one name either way, and imports read the same value as three.
    expect(namesInOne('Dewi Sari, Budi Santoso & Rina Wati')).toEqual(['Dewi Sari', 'Budi Santoso', 'Rina Wati']);
    expect(namesInOne('Abu Bakar, Siti Nur dan Budi Santoso')).toEqual(['Abu Bakar', 'Siti Nur', 'Budi Santoso']);
    expect(namesInOne('Anne Lee, Bo Kim and Cy Park')).toEqual(['Anne Lee', 'Bo Kim', 'Cy Park']);
    // Not when a part is no full name: an organisation, an affiliation, a degree.
    expect(namesInOne('Dinas Kesehatan, Kota Bandung dan Puskesmas Sukajadi')).toHaveLength(1);
    expect(namesInOne('Rina Wati, S.Kep dan Budi Santoso')).toHaveLength(1);
  });
});
