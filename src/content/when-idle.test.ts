import { describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  it('waits for idle time, with the timeout given', () => {
    const requestIdleCallback = vi.fn();
    const task = vi.fn();
    whenIdle(task, 500, { setTimeout: vi.fn() as never, requestIdleCallback });
    expect(task).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 });
    requestIdleCallback.mock.calls[0][0]();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer where idle callbacks are missing', () => {
    const setTimeout = vi.fn();
    const task = vi.fn();
    whenIdle(task, 500, { setTimeout: setTimeout as never });
    setTimeout.mock.calls[0][0]();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
