import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertScript, detectScript, type ScriptTarget } from './index';

const corpusDir = new URL('../../../assets/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).map((name) => readFileSync(new URL(name, corpusDir), 'utf8'));
const targets: ScriptTarget[] = ['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'];

describe('convertScript', () => {
  it('keeps the length of every corpus page, for every target (DOM layer rewrites nodeValue in place)', () => {
    for (const page of corpus) for (const t of targets) expect(convertScript(page, t).length).toBe(page.length);
  });

  it('changes only Han characters: every non-Han unit stays where it was', () => {
    for (const page of corpus) {
      const out = convertScript(page, 'zh-TW');
      for (let i = 0; i < page.length; i++) {
        if (!/\p{Script=Han}/u.test(page[i])) expect(out[i]).toBe(page[i]);
      }
    }
  });

  it('converts Simplified to each Traditional target with its own forms', () => {
    expect(convertScript('里面的平台', 'zh-TW')).toBe('裡面的平臺');
    expect(convertScript('里面的平台', 'zh-HK')).toBe('裏面的平台');
    expect(convertScript('里面的平台', 'zh-Hant')).toBe('裏面的平臺');
  });

  it('uses OpenCC tw, not twp: vocabulary is left as the source wrote it', () => {
    expect(convertScript('发布会上的软件信息', 'zh-TW')).toBe('發佈會上的軟件信息');
  });

  it('leaves Simplified pages untouched when simplifying (显著 stays, though TW 著 → 着)', () => {
    const simplified = corpus.filter((page) => detectScript(page) === 'simplified');
    expect(simplified.length).toBeGreaterThan(0);
    for (const page of simplified) expect(convertScript(page, 'zh-Hans')).toBe(page);
  });

  it('simplifies Taiwan and Hong Kong forms alike', () => {
    expect(convertScript('裡面發揮著作用', 'zh-Hans')).toBe('里面发挥着作用');
    expect(convertScript('裏面衞生説明', 'zh-Hans')).toBe('里面卫生说明');
  });

  it('repairs naive-conversion noise in Traditional pages', () => {
    expect(convertScript('出席會議并緻辭', 'zh-TW')).toBe('出席會議並致辭');
    expect(convertScript('若幹産業', 'zh-TW')).toBe('若干產業');
  });

  it('converts text that mixes both scripts', () => {
    expect(convertScript('撸起袖子加油幹', 'zh-TW')).toBe('擼起袖子加油幹');
    expect(convertScript('撸起袖子加油幹', 'zh-Hans')).toBe('撸起袖子加油干');
  });

  it('returns text without Chinese unchanged', () => {
    expect(convertScript('Hello, world! 2024', 'zh-TW')).toBe('Hello, world! 2024');
  });
});
