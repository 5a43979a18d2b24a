import type { ToneColorScheme } from '../settings/schema';

/**
 * Tone colours [tone1, tone2, tone3, tone4, neutral] of the schemes learners know:
 * Pleco (red, green, blue, purple, grey), Hanping (blue, green, orange, red, grey),
 * MDBG (red, orange, green, blue, grey). The shades are mid-luminance so the
 * readings stay legible on both light and dark pages.
 */
export const TONE_COLORS: Record<ToneColorScheme, readonly string[]> = {
  pleco: ['#e0403a', '#2fa84f', '#3d7be0', '#a05ad8', '#8a8a8a'],
  hanping: ['#3d8be0', '#2fa84f', '#e08a1e', '#e0403a', '#8a8a8a'],
  mdbg: ['#e0403a', '#e08a1e', '#2fa84f', '#3d7be0', '#8a8a8a'],
};
