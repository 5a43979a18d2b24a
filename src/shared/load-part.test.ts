import { afterEach, describe, expect, it, vi } from 'vitest';

// The background's side of the conversation: each test says how it answers.
const sendMessage = vi.fn();
// The code reaches the API through extensionApi() (Chromium's `chrome` here, as there is no `browser`).
vi.stubGlobal('chrome', { runtime: { sendMessage: (m: unknown) => sendMessage(m) } });

const { loadPart, loadRegistered } = await import('./load-part');

afterEach(() => {
  sendMessage.mockReset();
  delete (globalThis as Record<string, unknown>).__zhengduLoading;
});

describe('loadPart', () => {
  it('asks the background once per part, however many callers wait (every caller in the world shares it)', async () => {
    let answer: (reply: unknown) => void = () => undefined;
    sendMessage.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const first = loadPart('reader');
    const second = loadPart('reader');
    expect(second).toBe(first);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'load-reader', part: 'reader' });
    answer({ ok: true });
    await Promise.all([first, second]);
    await loadPart('reader');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('rejects with the background\'s reason, and a later call asks again', async () => {
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'Cannot access contents of the page' });
    await expect(loadPart('reader')).rejects.toThrow('the reader did not load: Cannot access contents of the page');
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(loadPart('reader')).rejects.toThrow('no reply');
    sendMessage.mockResolvedValueOnce({ ok: true });
    await expect(loadPart('reader')).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('hands over what the part registered, asking only when it is not here, and says when it ran without registering', async () => {
    expect(await loadRegistered('reader', () => 'here')).toBe('here');
    expect(sendMessage).not.toHaveBeenCalled();
    let registered: string | undefined;
    sendMessage.mockImplementationOnce(async () => {
      registered = 'loaded';
      return { ok: true };
    });
    expect(await loadRegistered('reader', () => registered)).toBe('loaded');
    sendMessage.mockResolvedValueOnce({ ok: true });
    await expect(loadRegistered('reader', () => undefined)).rejects.toThrow('the reader ran but did not register itself');
  });
});
