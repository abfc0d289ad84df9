/**
 * Disjoint sets of record indices where each set remembers the one DOI and one PMID it holds.
 * A join that would put two different DOIs (or PMIDs) in one set is refused, so a chain such
 * as A(doi1) ~ B(no DOI) ~ C(doi2) can never make doi1 and doi2 one study.
 */
export class IdentitySets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** The DOI / PMID of each set, stored at its root. */
  private readonly doi: (string | undefined)[];
  private readonly pmid: (string | undefined)[];

  constructor(ids: readonly { doi?: string; pmid?: string }[]) {
    const n = ids.length;
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    this.doi = new Array(n);
    this.pmid = new Array(n);
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      this.doi[i] = ids[i].doi;
      this.pmid[i] = ids[i].pmid;
    }
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]; // path halving keeps trees flat without recursion
      i = parent[i];
    }
    return i;
  }

  doiOf(root: number): string | undefined {
    return this.doi[root];
  }

  pmidOf(root: number): string | undefined {
    return this.pmid[root];
  }

  /** Join the sets of a and b; false (and nothing changed) when their identifiers conflict. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    if (!agree(this.doi[ra], this.doi[rb]) || !agree(this.pmid[ra], this.pmid[rb])) return false;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    this.doi[ra] ??= this.doi[rb];
    this.pmid[ra] ??= this.pmid[rb];
    return true;
  }

  /** Every index in exactly one group; groups ordered by their first index, members ascending. */
  groups(): number[][] {
    const n = this.parent.length;
    const byRoot = new Map<number, number[]>();
    const out: number[][] = [];
    for (let i = 0; i < n; i++) {
      const root = this.find(i);
      let group = byRoot.get(root);
      if (!group) {
        group = [];
        byRoot.set(root, group);
        out.push(group);
      }
      group.push(i);
    }
    return out;
  }
}

function agree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
