// The same document must give the same plan however it arrives: twice in a row with another
// document between (no state left behind by a run), and as a string or as its UTF-8 bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/decode/decode.js';
import { extract } from '../../src/pipeline.js';
import { anyDocument } from './documents.js';
import { PROPERTY_TIMEOUT, runProperty } from './oracle.js';

/** Lone surrogates do not survive UTF-8, and a leading U+FEFF is read as a byte order mark. */
const utf8Safe = (text: string): boolean => !/\p{Cs}/u.test(text) && !text.startsWith('\ufeff');

describe('extract consistency on generated documents', () => {
  it('should give the same plan twice, with another document between', async (context) => {
    const property = fc.asyncProperty(anyDocument, anyDocument, async (a, b) => {
      const path = a.markdown ? 'a.md' : 'a.txt';
      const first = await extract(a.text, { path });
      await extract(b.text, { path: b.markdown ? 'b.md' : 'b.txt' });
      expect(await extract(a.text, { path })).toEqual(first);
    });
    await runProperty(context, property, 100, 0.05);
  }, PROPERTY_TIMEOUT);

  it('should give the same plan for a string and for its UTF-8 bytes', async (context) => {
    const property = fc.asyncProperty(anyDocument, async ({ text, markdown }) => {
      fc.pre(utf8Safe(text));
      const path = markdown ? 'a.md' : 'a.txt';
      const fromBytes = await extract(Buffer.from(text, 'utf8'), { path }).catch((e: unknown) => e);
      // Text with many control characters is refused as binary when it comes as bytes.
      if (fromBytes instanceof DecodeError) return;
      const fromString = await extract(text, { path });
      expect(fromBytes).toEqual(fromString);
    });
    await runProperty(context, property, 100, 0.05);
  }, PROPERTY_TIMEOUT);
});
