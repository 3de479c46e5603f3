// Outline ordinals are read by the one number reader (src/numbers/).
export { readArabic, readCircled, readHanzi } from '../numbers/index.js';
