// How plausible a decoding is as Chinese text. Printable ASCII and line ends are the same in every
// candidate 8-bit decoding, so only the other characters count: the score is the share of them
// that are common characters (src/decode/common-chars.ts). Replacement characters, private-use
// characters, control characters and rare ideographs all count against it.

export interface DecodingScore {
  /** Characters other than printable ASCII and white space: the evidence. */
  evidence: number;
  /** Share of the evidence that is common characters (1 when there is no evidence). */
  score: number;
  /** U+FFFD characters: undecodable byte sequences. */
  replacements: number;
}

export function scoreDecoding(text: string, common: Uint8Array): DecodingScore {
  let evidence = 0;
  let good = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || (c >= 9 && c <= 13)) continue;
    evidence++;
    if (common[c] === 1) good++;
    else if (c === 0xfffd) replacements++;
  }
  return { evidence, score: evidence === 0 ? 1 : good / evidence, replacements };
}
