// Realistic documents (test/property/documents.ts) as strings through the library in-process: the
// plan is never an exception, always matches the schema, is lossless and has right positions.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { anyDocument } from './documents.js';
import { checkPlan, PROPERTY_TIMEOUT, runProperty } from './oracle.js';

describe('extract on generated documents', () => {
  it('should never throw, and give a valid, lossless plan with right positions', async (context) => {
    const property = fc.asyncProperty(anyDocument, async ({ text, markdown }) => {
      checkPlan(await extract(text, { path: markdown ? 'doc.md' : 'doc.txt' }), text);
    });
    await runProperty(context, property, 1000, 0.45);
  }, PROPERTY_TIMEOUT);
});
