// The cross-document comparison: compare() builds it, formatComparison() renders it.
export * from './compare.js';
export * from './format.js';
