export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** Set when neither side has room for the whole card: it scrolls inside this height. */
  maxHeight?: number;
}

/** Space kept between the term and the card, and between the card and the viewport edge. */
export const CARD_GAP = 6;
export const VIEWPORT_MARGIN = 8;

/**
 * Where the card goes (viewport coordinates): below the term, or above it when
 * there is more room there; never over the term, always inside the viewport.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): CardPlacement {
  const below = viewport.height - (anchor.top + anchor.height) - CARD_GAP - VIEWPORT_MARGIN;
  const above = anchor.top - CARD_GAP - VIEWPORT_MARGIN;
  const maxLeft = Math.max(VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - card.width);
  const left = Math.min(Math.max(anchor.left, VIEWPORT_MARGIN), maxLeft);
  if (card.height <= below || (below >= above && card.height > above)) {
    const top = anchor.top + anchor.height + CARD_GAP;
    return card.height <= below ? { left, top } : { left, top, maxHeight: Math.max(0, below) };
  }
  const height = Math.min(card.height, above);
  const placement: CardPlacement = { left, top: anchor.top - CARD_GAP - height };
  return height < card.height ? { ...placement, maxHeight: height } : placement;
}
