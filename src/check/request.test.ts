/**
 * parseCheckRequest's hand-validated common request yields exactly what the schema yields,
 * also for a request with empty media and thread (as the HTTP route's validation fills them in).
 */
import { describe, expect, it } from 'vitest';
import { parseCheckRequest } from './request.js';
import { checkRequestSchema } from './types.js';

describe('parseCheckRequest, the common request', () => {
  const inputs: Record<string, unknown>[] = [
    { text: 'hoi', author: { role: 'staff' } },
    { text: 'hoi', author: { role: 'staff', id: 'p1' }, setting: 'work', media: [], thread: [], account: 'personal', channel: 'social' },
    { text: 'hoi', author: { role: 'pupil' }, media: [] },
    { text: 'hoi', author: { role: 'parent' }, thread: [], lessonPermission: true, setting: 'lesson' },
    { author: { role: 'other' }, media: [], thread: [] },
  ];
  it('is what the schema makes of it', () => {
    for (const input of inputs) {
      const parsed = parseCheckRequest(input);
      expect(parsed).toEqual({ ...checkRequestSchema.parse(input), people: [] });
      expect(Object.keys(parsed)).toEqual([...Object.keys(checkRequestSchema.parse(input)), 'people']);
    }
  });
  it('leaves a non-empty thread or media, or a wrong type, to the schema', () => {
    expect(parseCheckRequest({ text: 'hoi', author: { role: 'staff' }, thread: ['eerder bericht'] }).thread).toEqual(['eerder bericht']);
    expect(() => parseCheckRequest({ text: 'hoi', author: { role: 'staff' }, media: {} })).toThrow(/media/);
    expect(() => parseCheckRequest({ text: 'hoi', author: { role: 'staff' }, thread: 'x' })).toThrow(/thread/);
  });
});
