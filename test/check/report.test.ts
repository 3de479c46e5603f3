// report(): diagnostics as VFile messages, made without the stack trace an Error would capture.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/diagnostics.js';
import { Locator } from '../../src/text/locate.js';

describe('report', () => {
  it('should support a message with its rule, severity and place, and leave the stack trace limit as it was', () => {
    const before = Error.stackTraceLimit;
    const file = new VFile({ value: '第一行\n第二行' });
    report(file, new Locator('第一行\n第二行'), 'text/example', 'error', 'an example', 4, 6);
    expect(Error.stackTraceLimit).toBe(before);
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ reason: 'an example', ruleId: 'text/example', fatal: true, place: { start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 3, offset: 6 } } });
  });

  it('should support the stack trace limit restored when making the message throws', () => {
    const before = Error.stackTraceLimit;
    const file = new VFile({ value: 'x' });
    const broken = { position: () => ({}) } as unknown as Locator;
    Object.defineProperty(file, 'message', { value: () => { throw new Error('broken'); } });
    expect(() => report(file, broken, 'text/example', 'warning', 'an example', 0, 0)).toThrow('broken');
    expect(Error.stackTraceLimit).toBe(before);
  });
});
