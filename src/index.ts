// plan-extract as a library.
export { extract, createProcessor, type ExtractOptions } from './pipeline.js';
export { DecodeError } from './decode/decode.js';
export * from './schema.js';
