import { describe, expect, it } from 'vitest';
import { countScript } from './count-script';
import { notChinese } from './read-language';

describe('countScript', () => {
  it('counts Han, kana, hangul and Latin letters', () => {
    expect(countScript('政府ひらがなカタカナ한국어abcXYZ 123')).toEqual({ han: 2, kana: 8, hangul: 3, latin: 6 });
  });

  it('does not count the prolonged-sound mark as kana', () => {
    expect(countScript('ー・').kana).toBe(0);
  });
});

describe('notChinese', () => {
  const chinese = '国务院总理主持召开国务院常务会议，研究部署推动高质量发展有关工作。';

  it('accepts Chinese text, Simplified or Traditional', () => {
    expect(notChinese(countScript(chinese))).toBeNull();
    expect(notChinese(countScript('行政長官今日出席立法會會議，並回答議員提問。'))).toBeNull();
  });

  it('calls kana-bearing text Japanese, even when kanji dominate', () => {
    expect(notChinese(countScript('内閣総理大臣は国内投資促進会議を開催しました。総理は関係大臣に指示しました。'))).toMatch(/^kana present: Japanese/);
  });

  it('calls hangul text Korean', () => {
    expect(notChinese(countScript('대한민국 정부는 오늘 경제 정책을 발표했습니다'))).toMatch(/^hangul present: Korean/);
  });

  it('calls an English page that quotes Chinese terms Latin', () => {
    const english = 'The State Council released a plan on high-quality development (高质量发展) and new quality productive forces (新质生产力). '.repeat(3);
    expect(notChinese(countScript(english))).toMatch(/^mostly Latin script/);
  });

  it('needs some Han text at all', () => {
    expect(notChinese(countScript(''))).toMatch(/^too little Han text/);
  });
});
