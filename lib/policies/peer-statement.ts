/**
 * The benchmark sentence of the gap analysis, per column: "peers with measures
 * targeting digital exporters: 7 of 19; this economy: none". The wording lives
 * in the messages (policies.gaps.peerInstrument / peerTarget); this builds the
 * message key and its values from one row of getPeerBenchmark.
 */
export type GapDimensionKey = "instrument" | "target";

export interface PeerCounts {
  peersWithMeasures: number;
  peers: number;
  own: number;
}

/** Vocabulary names start with a capital; inside a sentence they do not ("All MSMEs" → "all MSMEs"). */
export function inSentence(name: string, locale: string): string {
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

export function peerStatement(dimension: GapDimensionKey, termName: string, counts: PeerCounts, locale: string) {
  return {
    key: dimension === "instrument" ? ("gaps.peerInstrument" as const) : ("gaps.peerTarget" as const),
    values: { term: inSentence(termName, locale), peersWith: counts.peersWithMeasures, peers: counts.peers, own: counts.own },
  };
}

/** A gap: peers have measures of this kind and the economy has none. */
export function isGap(counts: PeerCounts): boolean {
  return counts.peersWithMeasures > 0 && counts.own === 0;
}
