/**
 * @jest-environment node
 */
import { earliest, lifetimeSeconds } from '@/lib/content/lifetime';

const calls: { revalidate?: number }[] = [];
jest.mock('next/cache', () => ({
  unstable_cache: (read: () => Promise<unknown>, _key: string[], options: { revalidate?: number }) => {
    calls.push(options);
    return read;
  },
}));

describe('the lifetime of a cached page', () => {
  it('is the whole seconds left, never 0 (which would mean "do not cache")', () => {
    const now = new Date('2026-11-29T23:59:30+02:00');
    expect(lifetimeSeconds(new Date('2026-11-30T00:00:00+02:00'), now)).toBe(30);
    expect(lifetimeSeconds(new Date(now.getTime() + 29_600), now)).toBe(29);
    expect(lifetimeSeconds(new Date(now.getTime() + 400), now)).toBe(1);
    expect(lifetimeSeconds(now, now)).toBe(1);
  });

  it('ends at the first of several deadlines', () => {
    expect(earliest(['2026-11-30T00:00:00+02:00', undefined, new Date('2026-11-29T21:00:00Z')])?.toISOString()).toBe('2026-11-29T21:00:00.000Z');
    expect(earliest([undefined])).toBeUndefined();
  });
});

describe('inside Next, a page rendered at 23:59:30 Cairo time', () => {
  const runtime = process.env.NEXT_RUNTIME;
  beforeEach(() => {
    process.env.NEXT_RUNTIME = 'nodejs';
    calls.length = 0;
  });
  afterEach(() => {
    process.env.NEXT_RUNTIME = runtime;
  });

  it('is cached for 30 seconds: its copy ends by midnight, when the date line changes', async () => {
    const { setContentSource, getSiteFrame } = await import('@/lib/content');
    const { memorySource } = await import('../../support/content');
    setContentSource(memorySource());
    try {
      const frame = await getSiteFrame(new Date('2026-11-29T23:59:30+02:00'));
      expect(frame.today.day).toBe('2026-11-29');
      expect(calls).toEqual([{ revalidate: 30 }]);
    } finally {
      setContentSource(undefined);
    }
  });

  it('ends when a masthead term entered for later begins', async () => {
    const { setContentSource, getSiteFrame, getMastheadRecord } = await import('@/lib/content');
    const { memorySource, MASTHEAD } = await import('../../support/content');
    const now = new Date('2026-11-29T10:00:00+02:00');
    setContentSource(memorySource({ mastheadTerms: [{ entries: MASTHEAD }, { effectiveFrom: '2026-11-29T12:00:00+02:00', entries: [] }] }));
    try {
      await getSiteFrame(now);
      await getMastheadRecord(now);
      expect(calls).toEqual([{ revalidate: 7200 }, { revalidate: 7200 }]);
    } finally {
      setContentSource(undefined);
    }
  });

  it('ends earlier when a breaking item expires first', async () => {
    const { setContentSource, getSiteFrame } = await import('@/lib/content');
    const { memorySource } = await import('../../support/content');
    const now = new Date('2026-11-29T10:00:00+02:00');
    setContentSource(memorySource({ breaking: [{ id: 1, text: 'عاجل', edition: 'en', expiresAt: '2026-11-29T10:00:45+02:00' }] }));
    try {
      jest.useFakeTimers({ now, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      await getSiteFrame(now);
      expect(calls).toEqual([{ revalidate: 45 }]);
    } finally {
      jest.useRealTimers();
      setContentSource(undefined);
    }
  });
});
