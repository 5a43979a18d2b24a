import { describe, expect, it } from 'vitest';
import { registerWords } from './index';
import { engineReads } from './test-helpers';

describe('registerWords', () => {
  it('makes a glossary reading win over pinyin-pro, later words winning', () => {
    expect(engineReads('单霁翔')).toBe('dān jì xiáng');
    registerWords({ 单霁翔: ['shàn', 'jì', 'xiáng'] });
    expect(engineReads('单霁翔')).toBe('shàn jì xiáng');
    registerWords({ 单霁翔: ['chán', 'jì', 'xiáng'] });
    expect(engineReads('单霁翔')).toBe('chán jì xiáng');
  });

  it('reads 区 ōu only where a registered name says so', () => {
    expect(engineReads('区志航')).toBe('qū zhì háng');
    registerWords({ 区志航: ['ōu', 'zhì', 'háng'] });
    expect(engineReads('区志航')).toBe('ōu zhì háng');
    expect(engineReads('区长')).toBe('qū zhǎng');
  });

  it('ignores an entry whose reading count does not match its characters', () => {
    registerWords({ 长安: ['zhǎng'] });
    expect(engineReads('长安')).toBe('cháng ān');
  });

  it('matches either script of a registered word', () => {
    registerWords({ 单霁翔: ['shàn', 'jì', 'xiáng'] });
    expect(engineReads('單霽翔')).toBe('shàn jì xiáng');
    registerWords({ 區偉: ['ōu', 'wěi'] });
    expect(engineReads('区伟')).toBe('ōu wěi');
  });
});
