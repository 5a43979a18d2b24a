/**
 * For code bundled into a benchmark page: the milliseconds from a DOM change to
 * its layout done, with any layout pending before the change settled first.
 */
export function layoutTime(change: () => void): number {
  void document.body.offsetHeight;
  const start = performance.now();
  change();
  void document.body.offsetHeight;
  return performance.now() - start;
}
