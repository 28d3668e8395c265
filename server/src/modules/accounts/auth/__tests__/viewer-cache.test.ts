import { ViewerCache, type CachedViewer } from '../viewer-cache';

const entry = (sessionId: string): CachedViewer => ({
  viewer: { kind: 'API_TOKEN', tokenId: sessionId, tokenName: 'test' },
  sessionId,
  lastSeenAt: new Date(),
  expiresAt: new Date(Date.now() + 3_600_000),
  until: Date.now() + 3_000,
});

/** A load the test finishes when it likes. */
function pendingLoad() {
  let finish!: (value: CachedViewer | null) => void;
  let fail!: (error: Error) => void;
  const load = jest.fn(
    () =>
      new Promise<CachedViewer | null>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return { load, finish: (v: CachedViewer | null) => finish(v), fail: (e: Error) => fail(e) };
}

describe('ViewerCache.loadOnce', () => {
  it('loads once for the requests that ask while it runs, then answers from the cache', async () => {
    const cache = new ViewerCache();
    const { load, finish } = pendingLoad();
    const asked = [cache.loadOnce('t', load), cache.loadOnce('t', load)];
    finish(entry('s1'));
    const [a, b] = await Promise.all(asked);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(cache.get('t', Date.now())?.sessionId).toBe('s1');
  });

  it('does not keep a load that a write overtook, and does not share it after the write', async () => {
    const cache = new ViewerCache();
    const before = pendingLoad();
    const first = cache.loadOnce('t', before.load);
    cache.clear(); // e.g. the person was disabled while the load ran
    const after = pendingLoad();
    const second = cache.loadOnce('t', after.load);
    expect(after.load).toHaveBeenCalledTimes(1);
    before.finish(entry('old'));
    expect((await first)?.sessionId).toBe('old');
    expect(cache.get('t', Date.now())).toBeNull();
    after.finish(null); // the session no longer counts
    expect(await second).toBeNull();
    expect(cache.get('t', Date.now())).toBeNull();
  });

  it('fails every request that shared a failed load, and loads again next time', async () => {
    const cache = new ViewerCache();
    const { load, fail } = pendingLoad();
    const asked = [cache.loadOnce('t', load), cache.loadOnce('t', load)];
    fail(new Error('connection lost'));
    await expect(asked[0]).rejects.toThrow('connection lost');
    await expect(asked[1]).rejects.toThrow('connection lost');
    const again = pendingLoad();
    const next = cache.loadOnce('t', again.load);
    again.finish(entry('s2'));
    expect((await next)?.sessionId).toBe('s2');
  });
});
