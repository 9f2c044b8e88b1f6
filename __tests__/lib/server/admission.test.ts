/** @jest-environment node */
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { Admission, DEFAULT_READERS_AT_ONCE, readersAtOnce } from '@/lib/server/admission';

/** A response as the queue sees it: events, and whether its connection is still there. */
function response() {
  const res = Object.assign(new EventEmitter(), { destroyed: false, req: { destroyed: false }, socket: { destroyed: false } });
  return {
    res: res as unknown as ServerResponse,
    answer: () => res.emit('finish'),
    hangUp: () => {
      res.socket.destroyed = true;
      res.req.destroyed = true;
      res.emit('close');
    },
  };
}

function requests(admission: Admission, count: number) {
  const started: number[] = [];
  const all = Array.from({ length: count }, (_, i) => {
    const r = response();
    admission.admit(r.res, () => started.push(i));
    return r;
  });
  return { all, started };
}

describe('readers in turn (lib/server/admission)', () => {
  it('works on as many requests as its limit at once, and starts the others in arrival order as answers finish', () => {
    const admission = new Admission(2);
    const { all, started } = requests(admission, 5);
    expect(started).toEqual([0, 1]);
    expect(admission.counts).toEqual({ working: 2, waiting: 3 });
    all[1]!.answer();
    expect(started).toEqual([0, 1, 2]);
    all[0]!.answer();
    all[2]!.answer();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(admission.counts).toEqual({ working: 2, waiting: 0 });
  });

  it('frees a place once per answer, however many of finish and close arrive', () => {
    const admission = new Admission(1);
    const { all, started } = requests(admission, 3);
    all[0]!.answer();
    all[0]!.hangUp();
    expect(started).toEqual([0, 1]);
    expect(admission.counts).toEqual({ working: 1, waiting: 1 });
  });

  it('never starts a request whose reader hung up while it waited', () => {
    const admission = new Admission(1);
    const { all, started } = requests(admission, 3);
    all[1]!.hangUp();
    all[0]!.answer();
    expect(started).toEqual([0, 2]);
  });

  it('gives the place of a request unanswered after the longest turn to the next one', () => {
    jest.useFakeTimers();
    try {
      const admission = new Admission(1, 1_000);
      const { started } = requests(admission, 2);
      jest.advanceTimersByTime(999);
      expect(started).toEqual([0]);
      jest.advanceTimersByTime(1);
      expect(started).toEqual([0, 1]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('reads READERS_AT_ONCE: a whole number, 0 for no queue, the default when unset, a clear refusal otherwise', () => {
    expect(readersAtOnce(undefined)).toBe(DEFAULT_READERS_AT_ONCE);
    expect(readersAtOnce('')).toBe(DEFAULT_READERS_AT_ONCE);
    expect(readersAtOnce('3')).toBe(3);
    expect(readersAtOnce('0')).toBe(Infinity);
    expect(() => readersAtOnce('many')).toThrow('READERS_AT_ONCE must be a whole number');
    expect(() => readersAtOnce('-1')).toThrow('READERS_AT_ONCE');
  });
});
