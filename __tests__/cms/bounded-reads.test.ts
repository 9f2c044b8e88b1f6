/** @jest-environment node */
import { badQueryIsBadRequest, listArgsFault, MAX_PUBLIC_LIMIT } from '@/cms/hooks/bounded-reads';

const faultOf = (args: Parameters<typeof listArgsFault>[0], anonymous = true) => listArgsFault(args, anonymous)?.path;

describe('bounded API reads', () => {
  it('lets a visitor read pages of up to 100 documents, 10,000 deep, two levels of relations', () => {
    for (const args of [{}, { limit: 1 }, { limit: MAX_PUBLIC_LIMIT, page: 100 }, { page: 1000 }, { depth: 0 }, { depth: 2 }, { pagination: true }]) {
      expect(faultOf(args)).toBeUndefined();
    }
  });

  it('refuses a visitor every way of asking for the whole collection, naming the field', () => {
    expect(faultOf({ limit: 0 })).toBe('limit');
    expect(faultOf({ pagination: false })).toBe('limit');
    expect(faultOf({ limit: MAX_PUBLIC_LIMIT + 1 })).toBe('limit');
    expect(faultOf({ limit: 99999999999 })).toBe('limit');
    expect(faultOf({ limit: 100, page: 101 })).toBe('page');
    expect(faultOf({ page: 1001 })).toBe('page');
    expect(faultOf({ depth: 3 })).toBe('depth');
  });

  it('leaves the newsroom’s own lists uncapped', () => {
    for (const args of [{ limit: 0 }, { pagination: false }, { limit: 500, page: 400 }, { depth: 5 }]) expect(faultOf(args, false)).toBeUndefined();
  });

  it('refuses values that are not whole numbers for everyone: Payload handed them to the database', () => {
    for (const anonymous of [true, false]) {
      expect(faultOf({ page: -1 }, anonymous)).toBe('page');
      expect(faultOf({ page: 0 }, anonymous)).toBe('page');
      expect(faultOf({ page: 'abc' }, anonymous)).toBe('page');
      expect(faultOf({ limit: -1 }, anonymous)).toBe('limit');
      expect(faultOf({ limit: 1.5 }, anonymous)).toBe('limit');
      expect(faultOf({ depth: -1 }, anonymous)).toBe('depth');
    }
  });

  it('answers a query the database cannot hold with 400, and no other failure', () => {
    const hook = (error: Error) => badQueryIsBadRequest({ error, context: {}, req: {} as never });
    const outOfRange = Object.assign(new Error('value "99999999999" is out of range for type integer'), { code: '22003' });
    expect(hook(Object.assign(new Error('Failed query'), { cause: outOfRange }))).toMatchObject({ status: 400 });
    expect(hook(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(hook(Object.assign(new Error('deadlock'), { code: '40P01' }))).toBeUndefined();
  });
});
