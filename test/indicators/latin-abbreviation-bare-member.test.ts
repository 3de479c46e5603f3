// A bare list member whose name holds a Latin abbreviation (GSP检查员, ICU床位, DRG病组): Chinese plans write GMP, GSP, ICU, DRG,
// CT inside their nouns, and such a member after a target is read as a Han noun is. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a bare count after a target whose noun holds a Latin abbreviation is the next member of the list', () => {
  it('should support the next member after a comma or 、 whose name opens with or holds Latin letters', () => {
    expect(brief(indicators('药品GMP检查员达到45名，GSP检查员30名。', ANNUAL_2024))).toEqual([
      '药品GMP检查员|45|名|=|target|2024',
      'GSP检查员|30|名|=|target|2024',
    ]);
    expect(brief(indicators('重症医学科床位达到40张、ICU床位25张。', ANNUAL_2024))).toEqual([
      '重症医学科床位|40|张|=|target|2024',
      'ICU床位|25|张|=|target|2024',
    ]);
  });
  it('should not support a name of Latin letters alone, nor a Han stock word before the count', () => {
    expect(brief(indicators('检查员达到45名，GSP30名。', ANNUAL_2024))).toEqual(['检查员|45|名|=|target|2024']);
    expect(brief(indicators('检查员达到45名，现有ICU床位25张。', ANNUAL_2024))).toEqual(['检查员|45|名|=|target|2024']);
  });
});
