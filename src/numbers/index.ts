// The one reader of numbers: every stage that reads a number (outline ordinals, dates,
// indicators, check rules) reads it here.
export { digitRun, digitValue, isDigit, isDigitCode, narrowNumerals, readArabic, readArabicAt } from './digits.js';
export { HANZI_NUMERALS, isHanziNumeral, isHanziNumeralCode, readHanzi, readHanziAt } from './hanzi.js';
export { RANGE_SEPARATORS, readNumber, readRange, type NumberRead, type RangeRead } from './read.js';
export { readFraction, readRatio, type FractionRead, type RatioRead } from './fraction.js';
export { readCircled } from './circled.js';
export { isRoman, readRomanAt } from './roman.js';
