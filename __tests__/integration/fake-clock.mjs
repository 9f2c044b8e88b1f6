/**
 * Preloaded into a second server (NODE_OPTIONS=--import) to run its clock from FAKE_NOW onwards:
 * every Date the process makes is shifted by the same amount, so time still passes at its real
 * pace. Only what reads JavaScript's clock moves; the database keeps the real time. Next tells a
 * stale cached page by performance.timeOrigin + performance.now(), so the origin moves too.
 *
 * A Proxy rather than a subclass: `Date()` called without `new` (a string of the time) must keep
 * working, and `instanceof Date`, Date.UTC, Date.parse and the prototype stay the real ones.
 */
const shift = Date.parse(process.env.FAKE_NOW ?? '') - Date.now();
if (Number.isNaN(shift)) throw new Error(`FAKE_NOW is not an instant: ${process.env.FAKE_NOW}`);
const RealDate = Date;
const now = () => RealDate.now() + shift;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
});

const realOrigin = performance.timeOrigin;
Object.defineProperty(performance, 'timeOrigin', { configurable: true, get: () => realOrigin + shift });
