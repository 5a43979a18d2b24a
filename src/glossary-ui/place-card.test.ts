import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard, VIEWPORT_MARGIN, type Box } from './place-card';

const viewport = { width: 800, height: 600 };
const card = { width: 300, height: 200 };
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  it('puts the card below the term, left-aligned with it', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({ left: 100, top: 120 + CARD_GAP });
  });

  it('goes above a term near the bottom edge', () => {
    const anchor = { left: 100, top: 550, width: 80, height: 20 };
    const placed = placeCard(anchor, card, viewport);
    expect(placed.top + card.height).toBe(anchor.top - CARD_GAP);
    expect(overlaps({ ...placed, ...card }, anchor)).toBe(false);
  });

  it('stays inside the viewport for a term at the right edge', () => {
    const placed = placeCard({ left: 760, top: 100, width: 36, height: 20 }, card, viewport);
    expect(placed.left + card.width).toBe(viewport.width - VIEWPORT_MARGIN);
  });

  it('never moves left of the viewport margin', () => {
    expect(placeCard({ left: -40, top: 100, width: 80, height: 20 }, card, viewport).left).toBe(VIEWPORT_MARGIN);
  });

  it('shrinks the card on the roomier side when neither side fits, still clear of the term', () => {
    const anchor = { left: 100, top: 140, width: 80, height: 20 };
    const placed = placeCard(anchor, { width: 300, height: 250 }, { width: 800, height: 300 });
    expect(placed.maxHeight).toBeDefined();
    const box = { left: placed.left, top: placed.top, width: 300, height: placed.maxHeight ?? 0 };
    expect(overlaps(box, anchor)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN - 0.001);
    expect(box.top + box.height).toBeLessThanOrEqual(300 - VIEWPORT_MARGIN);
  });
});
