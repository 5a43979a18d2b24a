// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectTextRuns } from '../dom/text-runs';
import { FLASH_NAME, HIGHLIGHT_CSS, HIGHLIGHT_NAME } from './card-style';
import { TermIndex } from './term-index';
import { TermMarks } from './term-marks';
import { fakeHighlightApi, matcher } from './test-helpers';

const PAGE = `
  <p id="near">先立后破，<b>推动京津冀协同发展</b>。</p>
  <p id="far">实施海英计划，做好接诉即办。</p>`;

describe('TermMarks', () => {
  let fake: ReturnType<typeof fakeHighlightApi>;
  let marks: TermMarks;
  const win = () => document.defaultView as Window & typeof globalThis;
  const block = (id: string) => document.getElementById(id)!;
  /** The text of every painted range, in the order painted. */
  const painted = (name = HIGHLIGHT_NAME) =>
    [...(fake.registry.get(name) ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));

  beforeEach(() => {
    document.body.innerHTML = PAGE;
    fake = fakeHighlightApi(win());
    marks = new TermMarks(win());
  });
  afterEach(() => {
    marks.dispose();
    fake.restore();
    vi.useRealTimers();
  });

  const placeAll = () => new TermIndex().add(collectTextRuns(document.body), matcher.find);

  it('observes the blocks holding terms and paints only those reported near the viewport', () => {
    marks.add(placeAll());
    expect(fake.observed).toEqual(new Set([block('near'), block('far')]));
    expect(painted()).toEqual([]);
    fake.report(true, [block('near')]);
    expect(painted()).toEqual(['先立后破', '京津冀协同发展']);
    fake.report(true, [block('far')]);
    fake.report(false, [block('near')]);
    expect(painted()).toEqual(['海英计划', '接诉即办']);
  });

  it('a term found in a block already near is painted at once', () => {
    const index = new TermIndex();
    marks.add(index.add(collectTextRuns(block('near')), matcher.find));
    fake.report(true, [block('near')]);
    block('near').append('实施海英计划');
    const removed = index.remove([block('near')]);
    marks.remove(removed);
    expect(painted()).toEqual([]);
    // Still observed: the rescan gives the block its terms again, painted without waiting for a report.
    expect(fake.observed.has(block('near'))).toBe(true);
    marks.add(index.add(collectTextRuns(block('near')), matcher.find));
    expect(painted()).toEqual(['先立后破', '京津冀协同发展', '海英计划']);
  });

  it('forgets a block that left the page or went away with no terms', () => {
    const index = new TermIndex();
    marks.add(index.add(collectTextRuns(document.body), matcher.find));
    fake.report(true);
    block('far').remove();
    marks.remove(index.remove([document.body]));
    expect(fake.observed).toEqual(new Set([block('near')]));
    block('near').textContent = '没有术语';
    marks.remove(index.remove([block('near')]));
    expect(fake.observed.has(block('near'))).toBe(true);
    fake.report(false);
    expect(fake.observed.size).toBe(0);
  });

  it('flashes a term wherever it is, and stops after the time given', () => {
    vi.useFakeTimers();
    const terms = placeAll();
    marks.add(terms);
    marks.flash(terms.find((t) => t.id === 'haiying-jihua')!, 100);
    expect(painted(FLASH_NAME)).toEqual(['海英计划']);
    vi.advanceTimersByTime(100);
    expect(painted(FLASH_NAME)).toEqual([]);
  });

  it('the mark styles set colours only (a decoration or shadow costs every frame in which the page changes)', () => {
    // Chromium recomputes the ink overflow of every marked text node after any DOM or style change
    // when a highlight style can overflow the text; opening the card is such a change.
    expect(HIGHLIGHT_CSS).not.toMatch(/text-decoration|text-shadow|text-emphasis|stroke/);
    expect(HIGHLIGHT_CSS).toContain(`::highlight(${HIGHLIGHT_NAME})`);
  });

  it('dispose unregisters the highlights and stops observing', () => {
    marks.add(placeAll());
    fake.report(true);
    marks.dispose();
    expect([...fake.registry.keys()]).toEqual([]);
    expect(fake.observed.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
