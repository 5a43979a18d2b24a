import { describe, expect, it } from 'vitest';
import { countScript } from './count-script';
import { mayHoldPinyinNotes, notChinese, notChineseText } from './read-language';
import { normalize } from './vocabulary';

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

describe('mayHoldPinyinNotes', () => {
  it('says yes where a parenthesis follows a Han character', () => {
    expect(mayHoldPinyinNotes('发(fā)展')).toBe(true);
    expect(mayHoldPinyinNotes('爲（wéi）')).toBe(true);
  });

  it('says no where no parenthesis follows one', () => {
    expect(mayHoldPinyinNotes('new quality productive forces (新质生产力, xīn zhì) (2024)')).toBe(false);
    expect(mayHoldPinyinNotes('(2024) starts here')).toBe(false);
    expect(mayHoldPinyinNotes('')).toBe(false);
  });
});

describe('notChineseText', () => {
  it('drops inline pinyin before counting, so a page full of readings stays Chinese', () => {
    const annotated = '双(shuang1)庄(zhuang1)创(chuang4)'.repeat(5);
    expect(notChinese(countScript(annotated))).toMatch(/^mostly Latin/);
    expect(notChineseText('', annotated)).toBeNull();
  });

  it('says what counting the normalized text says, title and text alike', () => {
    const cases = [
      ['Explainer', 'The phrase new quality productive forces (新质生产力, xīn zhì shēngchǎnlì) appears in reports. '.repeat(4)],
      ['發(fā)展', 'English text with 高质量发展(gāo zhì liàng fā zhǎn) and more English words here.'.repeat(3)],
      ['内閣', '内閣総理大臣は会議を開催しました。'],
      ['', '区委书记主持召开常务会议。'],
    ];
    for (const [title, text] of cases) {
      expect(notChineseText(title, text), text).toBe(notChinese(countScript(`${normalize(title)}\n${normalize(text)}`)));
    }
  });
});
