import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectScript } from './detect-script';

describe('detectScript', () => {
  it('recognises Simplified text', () => {
    expect(detectScript('海淀区人民政府工作报告')).toBe('simplified');
  });
  it('recognises Traditional text, including naive-conversion noise', () => {
    expect(detectScript('海澱區經濟社會高質量發展大會')).toBe('traditional');
    expect(detectScript('出席會議并緻辭，緊盯關鍵産業')).toBe('traditional');
  });
  it('calls a real mix of both scripts mixed', () => {
    expect(detectScript('发展新質生産力，经济發展')).toBe('mixed');
  });
  it('says none when nothing tells the scripts apart', () => {
    expect(detectScript('Hello 2024')).toBe('none');
    expect(detectScript('中心')).toBe('none');
  });
});

describe('detectScript on the corpus pages', () => {
  const page = (name: string) => readFileSync(new URL(`../../../assets/corpus/${name}`, import.meta.url), 'utf8');
  it('finds the three Traditional pages (noise and all) and the two Simplified ones', () => {
    expect(detectScript(page('000_a21115570e26e29b.txt'))).toBe('traditional');
    expect(detectScript(page('001_067213f617a6d2c8.txt'))).toBe('traditional');
    expect(detectScript(page('003_395f3b0c9b642843.txt'))).toBe('traditional');
    expect(detectScript(page('002_1d7e016ab7639bae.txt'))).toBe('simplified');
    expect(detectScript(page('004_5168063a1af2bf1e.txt'))).toBe('simplified');
  });
});
