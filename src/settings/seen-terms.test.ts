import { describe, expect, it } from 'vitest';
import { mergeSeenTerms, sanitizeSeenTerms } from './seen-terms';

describe('seen glossary terms', () => {
  it('adds a page’s counts to what was seen before and stamps the time', () => {
    const before = { 'xinzhi-shengchanli': { count: 2, lastSeen: 100 }, 'shisiwu': { count: 1, lastSeen: 50 } };
    const after = mergeSeenTerms(before, [{ id: 'xinzhi-shengchanli', term: '新质生产力', count: 3 }, { id: 'jiesu-jiban', term: '接诉即办', count: 1 }], 999);
    expect(after).toEqual({
      'xinzhi-shengchanli': { count: 5, lastSeen: 999 },
      'shisiwu': { count: 1, lastSeen: 50 },
      'jiesu-jiban': { count: 1, lastSeen: 999 },
    });
    expect(before['xinzhi-shengchanli'].count).toBe(2); // the old record is not mutated
  });

  it('ignores empty ids and non-positive or non-finite counts', () => {
    const after = mergeSeenTerms({}, [
      { id: '', term: 'x', count: 1 },
      { id: 'a', term: 'a', count: 0 },
      { id: 'b', term: 'b', count: Number.NaN },
      { id: 'c', term: 'c', count: -2 },
    ], 1);
    expect(after).toEqual({});
  });

  it('drops junk read back from storage', () => {
    expect(sanitizeSeenTerms(null)).toEqual({});
    expect(sanitizeSeenTerms([1, 2])).toEqual({});
    expect(
      sanitizeSeenTerms({ ok: { count: 2, lastSeen: 5 }, noTime: { count: 2 }, zero: { count: 0, lastSeen: 5 }, text: 'x' }),
    ).toEqual({ ok: { count: 2, lastSeen: 5 } });
  });
});
