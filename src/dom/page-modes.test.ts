// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PinyinStyle } from '../settings/schema';
import { answeringLater, fakeEngine, realEngine } from '../../tests/fixtures/dom/engine-adapters';
import { READING_ATTR, RUBY_ATTR, STYLE_ATTR, UI_ATTR } from './markers';
import { createPageModes, MAX_FOREIGN_REWRITES, type PageModes } from './page-modes';

const STYLE: PinyinStyle = { tone: 'marks', toneColors: true, colorScheme: 'pleco', size: 0.5, zhuyin: false };
const OFF = { script: 'original', pinyin: false } as const;

let modes: PageModes | null = null;
function page(html: string, engine = realEngine): PageModes {
  document.head.innerHTML = '<title>发展大会</title>';
  document.body.innerHTML = html;
  modes = createPageModes(document, engine);
  return modes;
}
// happy-dom's IntersectionObserver never reports; without one every block counts as on screen
// and near (the Node path). The viewport-driven paths are tested in ruby-window.test.ts.
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  modes?.dispose();
  modes = null;
  document.documentElement.removeAttribute('lang');
});

const readings = (root: ParentNode = document.body): string[] =>
  [...root.querySelectorAll(`rt[${READING_ATTR}]`)].map((rt) => rt.getAttribute(READING_ATTR) ?? '');

/**
 * Animation frames that come when the test lets them (without ResizeObserver the
 * frame budget times a frame to the next task).
 */
function manualFrames() {
  const queued: Array<() => void> = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => queued.push(run));
  vi.stubGlobal('ResizeObserver', undefined);
  /** Lets tasks run and frames come until `done()`; `afterFrame` looks at the page after each frame. */
  const until = async (done: () => boolean, afterFrame?: () => void): Promise<void> => {
    for (let i = 0; i < 5000 && !done(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const due = queued.splice(0);
      due.forEach((run) => run());
      if (due.length > 0) afterFrame?.();
    }
  };
  return {
    until,
    async untilIdle(m: PageModes, afterFrame?: () => void): Promise<void> {
      let idle = false;
      void m.whenIdle().then(() => (idle = true));
      await until(() => idle, afterFrame);
    },
  };
}

describe('script conversion', () => {
  it('rewrites text in place, keeps the node, sets lang, and restores both exactly', async () => {
    const m = page('<p id="p">发展<b lang="zh-CN">头发</b> GDP</p>');
    const p = document.getElementById('p') as HTMLElement;
    const text = p.firstChild as Text;
    const before = document.body.innerHTML;
    m.set({ script: 'zh-TW', pinyin: false }, STYLE);
    await m.whenIdle();
    expect(p.firstChild).toBe(text);
    expect(text.data).toBe('發展');
    expect(p.querySelector('b')?.textContent).toBe('頭髮');
    expect(p.getAttribute('lang')).toBe('zh-TW');
    expect(p.querySelector('b')?.getAttribute('lang')).toBe('zh-TW');
    expect(document.title).toBe('發展大會');
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(document.body.innerHTML).toBe(before);
    expect(p.firstChild).toBe(text);
    expect(document.title).toBe('发展大会');
  });

  it('handles conversions that change the length', async () => {
    const m = page('<p>干杯</p>', fakeEngine);
    m.set({ script: 'zh-HK', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(document.body.textContent).toBe('乾乾杯');
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(document.body.innerHTML).toBe('<p>干杯</p>');
  });

  it('converts title, alt, aria-label and placeholder, never field values or skipped content', async () => {
    const html =
      '<img alt="发展" title="会议"><button aria-label="关闭会议">x</button><input placeholder="发展" value="发展">' +
      '<textarea>发展</textarea><div contenteditable="true">发展</div><code>发展</code><pre>发展</pre>' +
      '<span translate="no">发展</span><div data-zd-ui="">发展</div><script>"发展"</script>';
    const m = page(html);
    const input = document.querySelector('input') as HTMLInputElement;
    input.value = '用户输入';
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(document.querySelector('img')?.getAttribute('alt')).toBe('發展');
    expect(document.querySelector('img')?.getAttribute('title')).toBe('會議');
    expect(document.querySelector('button')?.getAttribute('aria-label')).toBe('關閉會議');
    expect(input.getAttribute('placeholder')).toBe('發展');
    expect(input.value).toBe('用户输入');
    for (const selector of ['textarea', '[contenteditable]', 'code', 'pre', '[translate]', '[data-zd-ui]', 'script']) {
      expect(document.querySelector(selector)?.innerHTML, selector).toMatch(/发展/);
    }
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(document.body.innerHTML).toBe(html);
    expect(input.value).toBe('用户输入');
  });

  it('leaves a node someone else changed while we were on', async () => {
    const m = page('<p>发展</p>');
    m.set({ script: 'zh-TW', pinyin: false }, STYLE);
    await m.whenIdle();
    const text = document.querySelector('p')?.firstChild as Text;
    text.data = 'Their text';
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(text.data).toBe('Their text');
  });
});

describe('pinyin ruby', () => {
  it('annotates per character in word rubies with readings in attributes, keeping text clean', async () => {
    const m = page('<p>我们发展经济。</p>');
    const p = document.querySelector('p') as HTMLElement;
    const original = p.firstChild;
    m.set({ script: 'original', pinyin: true }, STYLE);
    await m.whenIdle();
    const ruby = p.querySelector(`ruby[${RUBY_ATTR}]`) as HTMLElement;
    expect(ruby.className).toBe('zd-ruby');
    expect(readings(p)).toEqual(['wǒ', 'men', 'fā', 'zhǎn', 'jīng', 'jì']);
    expect([...p.querySelectorAll('rt')].every((rt) => rt.textContent === '')).toBe(true);
    expect(p.textContent).toBe('我们发展经济。');
    expect(p.querySelector('rt')?.getAttribute('data-zd-tone')).toBe('3');
    expect(document.head.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(p.firstChild).toBe(original);
    expect(p.innerHTML).toBe('我们发展经济。');
    expect(document.head.querySelector(`style[${STYLE_ATTR}]`)).toBeNull();
  });

  it('reads words in context and re-renders tone styles and zhuyin without re-reading', async () => {
    const m = page('<p>区长长期</p>');
    m.set({ script: 'original', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(readings()).toEqual(['qū', 'zhǎng', 'cháng', 'qī']);
    const rt = document.querySelector('rt');
    m.set({ script: 'original', pinyin: true }, { ...STYLE, tone: 'numbers' });
    await m.whenIdle();
    expect(readings()).toEqual(['qu1', 'zhang3', 'chang2', 'qi1']);
    expect(document.querySelector('rt')).toBe(rt);
    m.set({ script: 'original', pinyin: true }, { ...STYLE, tone: 'none' });
    await m.whenIdle();
    expect(readings()).toEqual(['qu', 'zhang', 'chang', 'qi']);
    m.set({ script: 'original', pinyin: true }, { ...STYLE, zhuyin: true });
    await m.whenIdle();
    expect(readings()).toEqual(['ㄑㄩ', 'ㄓㄤˇ', 'ㄔㄤˊ', 'ㄑㄧ']);
  });

  it('updates the stylesheet for colour and size changes', async () => {
    const m = page('<p>发展</p>');
    m.set({ script: 'original', pinyin: true }, STYLE);
    await m.whenIdle();
    const css = () => document.head.querySelector(`style[${STYLE_ATTR}]`)?.textContent ?? '';
    expect(css()).toContain('--zd-py-size: 0.5em');
    expect(css()).toMatch(/data-zd-tone="1"\] \{ color: var\(--zd-tone-1\)/);
    m.set({ script: 'original', pinyin: true }, { ...STYLE, size: 0.7, toneColors: false });
    expect(css()).toContain('--zd-py-size: 0.7em');
    expect(css()).not.toMatch(/data-zd-tone="1"\]/);
  });

  it('puts a long paragraph into ruby over several frames, front to back, and restores it exactly', async () => {
    const frames = manualFrames();
    const m = page(`<p>${'我们要发展新质生产力，'.repeat(400)}</p>`);
    const p = document.querySelector('p') as HTMLElement;
    const original = p.firstChild;
    const html = p.innerHTML;
    const rubyAfterEachFrame: number[] = [];
    // Each step splits the plain rest again, so the glossary layer must hear of every one.
    let noticesForP = 0;
    m.onTextChanged((roots) => (noticesForP += roots.includes(p) ? 1 : 0));
    m.set({ script: 'original', pinyin: true }, STYLE);
    await frames.untilIdle(m, () => rubyAfterEachFrame.push(readings(p).length));
    expect(readings(p)).toHaveLength(4000);
    expect(readings(p).slice(0, 3)).toEqual(['wǒ', 'men', 'yào']);
    expect(p.textContent).toBe('我们要发展新质生产力，'.repeat(400));
    // Several frames each saw part of the paragraph in ruby, growing from the front.
    const partial = rubyAfterEachFrame.filter((count) => count > 0 && count < 4000);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    expect(partial[0]).toBeLessThan(1000);
    expect(partial).toEqual([...partial].sort((a, b) => a - b));
    expect(noticesForP).toBeGreaterThan(partial.length);
    m.set(OFF, STYLE);
    await frames.untilIdle(m);
    expect(p.innerHTML).toBe(html);
    expect(p.firstChild).toBe(original);
  });

  it('survives the page taking a half-annotated paragraph out and putting it back', async () => {
    const frames = manualFrames();
    const m = page(`<div id="box"><p>${'我们要发展新质生产力，'.repeat(300)}</p></div>`);
    const box = document.getElementById('box') as HTMLElement;
    const p = box.querySelector('p') as HTMLElement;
    const html = box.innerHTML;
    m.set({ script: 'original', pinyin: true }, STYLE);
    await frames.until(() => readings(p).length > 0);
    expect(readings(p).length).toBeGreaterThan(0);
    expect(readings(p).length).toBeLessThan(3000);
    p.remove();
    await frames.untilIdle(m);
    box.append(p);
    await frames.untilIdle(m);
    expect(readings(p)).toHaveLength(3000);
    expect(p.textContent).toBe('我们要发展新质生产力，'.repeat(300));
    m.set(OFF, STYLE);
    await frames.untilIdle(m);
    expect(box.innerHTML).toBe(html);
  });

  it('gives the browser’s first ruby layout a frame of its own, then removes the primer', async () => {
    const frames = manualFrames();
    // A document of its own: priming is once per document, and the shared one is primed by earlier tests.
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = '<p>我们发展经济。</p>';
    const m = createPageModes(doc, realEngine);
    modes = m;
    const html = doc.body.innerHTML;
    let idle = false;
    m.set({ script: 'original', pinyin: true }, STYLE);
    // More mode changes before the primer's frame: the one primer stays, and still goes after that frame.
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    m.set({ script: 'original', pinyin: true }, STYLE);
    void m.whenIdle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Until its frame comes: only the hidden primer is in the page, and nothing of the page is touched.
    const primer = doc.querySelector(`ruby[${UI_ATTR}]`) as HTMLElement;
    expect(primer?.style.getPropertyValue('visibility')).toBe('hidden');
    expect(primer.getAttribute('aria-hidden')).toBe('true');
    expect(doc.querySelectorAll(`ruby[${RUBY_ATTR}]`)).toHaveLength(0);
    expect(doc.querySelectorAll(`ruby[${UI_ATTR}]`)).toHaveLength(1);
    expect(idle).toBe(false);
    await frames.until(() => idle);
    expect(doc.querySelector(`ruby[${UI_ATTR}]`)).toBeNull();
    expect(readings(doc.body)).toEqual(['wǒ', 'men', 'fā', 'zhǎn', 'jīng', 'jì']);
    // Once per page: pinyin off and on again needs no primer.
    m.set(OFF, STYLE);
    m.set({ script: 'original', pinyin: true }, STYLE);
    expect(doc.querySelector(`ruby[${UI_ATTR}]`)).toBeNull();
    m.set(OFF, STYLE);
    await frames.untilIdle(m);
    expect(doc.body.innerHTML).toBe(html);
  });

  it('needs no primer on a page that already has ruby', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = '<p><ruby>漢<rt>hàn</rt></ruby>字发展</p>';
    const m = createPageModes(doc, realEngine);
    modes = m;
    m.set({ script: 'original', pinyin: true }, STYLE);
    expect(doc.querySelector(`ruby[${UI_ATTR}]`)).toBeNull();
    await m.whenIdle();
    expect(readings(doc.body)).toEqual(['zì', 'fā', 'zhǎn']);
  });

  it('keeps its stylesheet while ruby is left on the page, and removes it after the last', async () => {
    // A clock that moves 1 ms per reading makes every chunk end after a few items.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    const m = page(`<div>${'<p>发展经济</p>'.repeat(40)}</div>`);
    m.set({ script: 'original', pinyin: true }, STYLE);
    await m.whenIdle();
    const styled: boolean[] = [];
    m.onTextChanged(() => {
      if (document.querySelector('ruby')) styled.push(document.querySelector(`style[${STYLE_ATTR}]`) !== null);
    });
    m.set(OFF, STYLE);
    await m.whenIdle();
    now.mockRestore();
    expect(styled.length).toBeGreaterThan(1);
    expect(styled.every(Boolean)).toBe(true);
    expect(document.querySelector(`style[${STYLE_ATTR}]`)).toBeNull();
  });

  it('does not annotate inside the page’s own ruby or the title', async () => {
    const html = '<p><ruby>漢<rt>hàn</rt></ruby>字</p>';
    const m = page(html);
    m.set({ script: 'original', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(readings()).toEqual(['zì']);
    expect(document.querySelector('title')?.children).toHaveLength(0);
  });
});

describe('modes together', () => {
  const html = '<p>发(fā)展经济(2024)，头发</p>';
  const target = async (script: 'zh-TW' | 'original', pinyin: boolean): Promise<string> => {
    const m = page(html);
    m.set({ script, pinyin }, STYLE);
    await m.whenIdle();
    const result = document.body.innerHTML;
    m.dispose();
    return result;
  };

  it('gives the same page whatever order the modes were turned on and off in', async () => {
    const both = await target('zh-TW', true);
    const twOnly = await target('zh-TW', false);
    const pinyinOnly = await target('original', true);
    expect(both).toContain('髮');
    expect(both).toContain('(2024)');
    expect(both).not.toContain('(fā)');
    const m = page(html);
    const sequences: Array<Array<[boolean, boolean]>> = [
      [[false, true], [true, true]],
      [[true, false], [true, true]],
      [[true, true], [true, false]],
      [[true, true], [false, true]],
      [[true, false], [false, true], [true, true], [true, false]],
    ];
    for (const sequence of sequences) {
      for (const [tw, pinyin] of sequence) m.set({ script: tw ? 'zh-TW' : 'original', pinyin }, STYLE);
      await m.whenIdle();
      const [tw, pinyin] = sequence[sequence.length - 1];
      expect(document.body.innerHTML).toBe(tw ? (pinyin ? both : twOnly) : pinyinOnly);
      m.set(OFF, STYLE);
      await m.whenIdle();
      expect(document.body.innerHTML).toBe(html);
    }
  });

  it('pinyin follows the converted text', async () => {
    const m = page('<p>头发</p>');
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(document.querySelector('p')?.textContent).toBe('頭髮');
    expect(readings()).toEqual(['tóu', 'fà']);
  });
});

describe('dynamic pages', () => {
  const settle = async (m: PageModes) => {
    await new Promise((r) => setTimeout(r, 0));
    await m.whenIdle();
  };

  it('processes added nodes, changed text, a replaced body and shadow roots', async () => {
    const m = page('<div id="host"></div><p>发展</p>');
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>经济</p>';
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(root.querySelectorAll(`ruby[${RUBY_ATTR}]`).length).toBeGreaterThan(0);
    expect(root.querySelector(`style[${STYLE_ATTR}]`)).not.toBeNull();

    const added = document.createElement('p');
    added.textContent = '后来';
    document.body.append(added);
    root.querySelector('p')?.append(document.createTextNode('会议'));
    await settle(m);
    expect(added.textContent).toBe('後來');
    expect(root.textContent).toContain('會議');

    const later = document.createElement('p');
    later.textContent = 'Latin';
    document.body.append(later);
    await settle(m);
    (later.firstChild as Text).data = '头发';
    await settle(m);
    expect(later.textContent).toBe('頭髮');

    const body = document.createElement('body');
    body.innerHTML = '<main><p>经济发展</p></main>';
    const oldBody = document.documentElement.replaceChild(body, document.body);
    await settle(m);
    expect(body.textContent).toBe('經濟發展');
    expect(readings(body)).toEqual(['jīng', 'jì', 'fā', 'zhǎn']);

    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(body.innerHTML).toBe('<main><p>经济发展</p></main>');
    // The old body was detached while converted; when an SPA puts it back, it is restored too.
    document.documentElement.replaceChild(oldBody, body);
    await settle(m);
    expect(root.innerHTML).toBe('<p>经济会议</p>');
    expect(oldBody.innerHTML).toBe('<div id="host"></div><p>发展</p><p>后来</p><p>头发</p>');
  });

  it('tells listeners which roots changed', async () => {
    const m = page('<p>发展</p><p>Latin</p>');
    const seen: Node[][] = [];
    m.onTextChanged((roots) => seen.push(roots));
    m.set({ script: 'zh-TW', pinyin: false }, STYLE);
    await m.whenIdle();
    expect(seen.flat()).toContain(document.querySelector('p'));
    expect(seen.flat()).not.toContain(document.querySelectorAll('p')[1]);
    seen.length = 0;
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(seen.flat()).toContain(document.querySelector('p'));
  });

  it('tells listeners what each chunk changed as it ends, while later chunks are pending', async () => {
    // A clock that moves 1 ms per reading makes every chunk end after a few items.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    const m = page(`<div>${'<p>发展经济</p>'.repeat(60)}</div>`);
    const paragraphs = [...document.querySelectorAll('p')];
    const batches: Array<{ roots: Node[]; lastDone: boolean }> = [];
    m.onTextChanged((roots) => batches.push({ roots, lastDone: paragraphs[59].querySelector('ruby') !== null }));
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await m.whenIdle();
    now.mockRestore();
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.find((b) => b.roots.includes(paragraphs[0]))?.lastDone).toBe(false);
    expect(batches.flatMap((b) => b.roots)).toEqual(expect.arrayContaining(paragraphs));
  });

  it('stops a rewrite loop with another converter after a bounded number of rounds', async () => {
    const m = page('<p>发展</p>');
    const text = document.querySelector('p')?.firstChild as Text;
    let rewrites = 0;
    // Another extension that turns Traditional back into Simplified whenever it sees it.
    const other = new MutationObserver(() => {
      if (text.data === '發展') {
        rewrites++;
        text.data = '发展';
      }
    });
    other.observe(document.body, { subtree: true, characterData: true });
    m.set({ script: 'zh-TW', pinyin: false }, STYLE);
    for (let i = 0; i < 10; i++) await settle(m);
    other.disconnect();
    expect(rewrites).toBe(MAX_FOREIGN_REWRITES + 1);
    expect(text.data).toBe('发展');
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(text.data).toBe('发展');
  });

  it('does not react to its own writes', async () => {
    const m = page('<p>发展经济</p>');
    let textChanges = 0;
    m.onTextChanged(() => textChanges++);
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await m.whenIdle();
    const after = textChanges;
    await new Promise((r) => setTimeout(r, 200));
    await m.whenIdle();
    expect(textChanges).toBe(after);
  });

  it('cancels pending work when the modes change again', async () => {
    const m = page(`<div>${'<p>发展经济</p>'.repeat(400)}</div>`);
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(document.body.innerHTML).toBe(`<div>${'<p>发展经济</p>'.repeat(400)}</div>`);
  });
});

describe('isSettled (the glossary matches text once it is final)', () => {
  it('is false for text a pass has yet to reach, true once reconciled, and our ruby text follows the page node it shows', async () => {
    const frames = manualFrames();
    const m = page(`<p id="a">发展经济</p>${'<p>推进改革，扩大开放。</p>'.repeat(300)}`);
    const last = document.body.lastElementChild?.firstChild as Text;
    expect(m.isSettled(last)).toBe(true); // nothing pending
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    expect(m.isSettled(last)).toBe(false);
    // Part way: the first block is done while the last waits.
    await frames.until(() => document.querySelector('#a ruby') !== null);
    const inRuby = document.querySelector('#a ruby')?.firstChild as Text;
    expect(m.isSettled(inRuby)).toBe(true);
    expect(m.isSettled(last)).toBe(false);
    await frames.untilIdle(m);
    expect(m.isSettled(last)).toBe(true);
    // A new pass: text of the last one is not final for it until reconciled again.
    m.set({ script: 'zh-HK', pinyin: true }, STYLE);
    expect(m.isSettled(document.querySelector('#a ruby')?.firstChild as Text)).toBe(false);
    await frames.untilIdle(m);
    expect(m.isSettled(document.querySelector('#a ruby')?.firstChild as Text)).toBe(true);
  });
});

describe('an engine that answers later (the background, by message)', () => {
  const html = '<p title="发展">发(fā)展经济，头发</p><p>推进改革<b>扩大开放</b></p>';

  it('leaves each item untouched until its results arrive, then gives the same page as an engine that answers at once', async () => {
    const now = page(html);
    now.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await now.whenIdle();
    const expected = document.body.innerHTML;
    now.dispose();

    const later = answeringLater(realEngine, 5);
    const m = page(html, later);
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    // Nothing was answered yet: the page is exactly as it was, and the text is not final.
    expect(document.body.innerHTML).toBe(html);
    expect(m.isSettled(document.querySelector('p')?.firstChild as Text)).toBe(false);
    await m.whenIdle();
    expect(document.body.innerHTML).toBe(expected);
    // Conversion and the readings of its result came in one round trip per text (alsoRead).
    const texts = 5; // two Text nodes per paragraph and a title attribute
    expect(later.requests).toBeLessThanOrEqual(2 * texts);
    m.set(OFF, STYLE);
    await m.whenIdle();
    expect(document.body.innerHTML).toBe(html);
  });

  it('goes on with the page when a text-change listener throws (the failure is reported, not swallowed)', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const m = page(html, answeringLater(realEngine, 2));
    m.onTextChanged(() => {
      throw new Error('listener broke');
    });
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    await m.whenIdle();
    expect(document.querySelectorAll('ruby').length).toBeGreaterThan(0);
    expect(consoleError).toHaveBeenCalledWith('Zhengdu: a text-change listener failed', expect.any(Error));
    consoleError.mockRestore();
  });

  it('drops what it waited for when the modes change meanwhile, and restores at once on dispose', async () => {
    const m = page(html, answeringLater(realEngine, 5));
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    m.set({ script: 'zh-HK', pinyin: false }, STYLE);
    await m.whenIdle();
    expect(document.querySelector('p')?.textContent).toBe('發展經濟，頭髮');
    expect(document.querySelectorAll('ruby')).toHaveLength(0);
    m.set({ script: 'zh-TW', pinyin: true }, STYLE);
    m.dispose();
    expect(document.body.innerHTML).toBe(html);
  });
});
