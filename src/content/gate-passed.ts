/**
 * The always-on script (entrypoints/page-gate.ts) and the controller it asks for
 * (entrypoints/controller.ts) run in the same isolated world. This mark tells the
 * controller how it came: after the page's own gate (its report decides the tab's
 * modes), or on demand from the background (it follows the tab's modes).
 */
const GATE_PASSED_GLOBAL = '__zhengduGatePassed';

export function markGatePassed(): void {
  (globalThis as Record<string, unknown>)[GATE_PASSED_GLOBAL] = true;
}

export function gatePassed(): boolean {
  return (globalThis as Record<string, unknown>)[GATE_PASSED_GLOBAL] === true;
}
