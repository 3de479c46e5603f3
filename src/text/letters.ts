// Latin letters typed full-width (ＰＵＥ, ＧＤＰ, ５Ｇ, ＰＭ２.５, 一级Ａ): the same letters as ASCII ones (NFKC
// equates them), so that units and names written with letters (PFlops, PUE, AAA级) read alike in
// either width. One code unit for one, so every offset stays an offset into the source.

const WIDE_LETTERS = /[Ａ-Ｚａ-ｚ]/u;
const WIDE_LETTERS_ALL = /[Ａ-Ｚａ-ｚ]/gu;

/** `text` with its full-width Latin letters as ASCII ones; `text` itself when it has none. */
export function narrowLetters(text: string): string {
  return WIDE_LETTERS.test(text) ? text.replace(WIDE_LETTERS_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}
