/** @jest-environment node */
// Payload is ESM only: its ValidationError, as the hook throws it (errors[].path names the field).
jest.mock('payload', () => ({
  ValidationError: class ValidationError extends Error {
    constructor({ errors }: { errors: { path: string }[] }) {
      super(`The following field is invalid: ${errors[0]!.path}`);
    }
  },
}));

import type { FlattenedField } from 'payload';
import { badQueryIsBadRequest, boundedReads, dateFields, idFields, listArgsFault, MAX_PUBLIC_LIMIT, queryListArgs, whereFault } from '@/cms/hooks/bounded-reads';

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

  it('reads a REST query as Payload does: numbers when numeric, "false" as false', () => {
    expect(queryListArgs({ limit: '0', page: '-1', depth: '2', pagination: 'false' })).toEqual({ limit: 0, page: -1, depth: 2, pagination: false });
    expect(queryListArgs({ limit: 'abc', page: '' })).toEqual({ limit: 'abc', page: '', depth: undefined, pagination: undefined });
    expect(queryListArgs(undefined)).toEqual({ depth: undefined, limit: undefined, page: undefined, pagination: undefined });
  });

  describe('the hook judges what the client asked, not the reads Payload makes for it', () => {
    const run = (args: Record<string, unknown>, req: Record<string, unknown>) =>
      boundedReads({ args, collection: { slug: 'articles', fields: [], flattenedFields: [] }, context: {}, operation: 'read', req } as never);
    const internal = { limit: 1, pagination: false };

    it('over REST, the read that carries the query string’s values', async () => {
      await expect(run({ limit: 0 }, { payloadAPI: 'REST', query: { limit: '0' } })).rejects.toThrow(/limit/);
      await expect(run({ limit: 0 }, { payloadAPI: 'REST', query: { limit: '0' }, user: { id: 1 } })).resolves.toEqual({ limit: 0 });
      // The first account's registration reads users with pagination off, whatever the query says.
      await expect(run(internal, { payloadAPI: 'REST', query: {} })).resolves.toBe(internal);
      // The session's account, looked up before the request has a user: not the list it asked for.
      await expect(run({ depth: 0 }, { payloadAPI: 'REST', query: { limit: '0' } })).resolves.toEqual({ depth: 0 });
    });

    it('over REST, the filter of the query string, not one Payload reads with for it', async () => {
      const summary = { where: { summary: { contains: 'x' } } };
      await expect(run(summary, { payloadAPI: 'REST', query: summary })).rejects.toThrow(/where\.summary/);
      await expect(run(summary, { payloadAPI: 'REST', query: summary, user: { id: 1 } })).resolves.toBe(summary);
      // The session's account, looked up by id while the request has no user yet: not the filter it sent.
      await expect(run({ id: 3 }, { payloadAPI: 'REST', query: { where: { name: { equals: 'x' } } } })).resolves.toEqual({ id: 3 });
      // A count takes the same filter: /api/articles/count?where[summary][contains]=x read the archive too.
      const count = (args: Record<string, unknown>, req: Record<string, unknown>) =>
        boundedReads({ args, collection: { slug: 'articles', fields: [], flattenedFields: [] }, context: {}, operation: 'count', req } as never);
      await expect(count(summary, { payloadAPI: 'REST', query: summary })).rejects.toThrow(/where\.summary/);
      // …whatever list parameters the query string also carries (a count takes none of them).
      await expect(count(summary, { payloadAPI: 'REST', query: { ...summary, depth: '0', limit: '5' } })).rejects.toThrow(/where\.summary/);
      // A picture's file is looked up by its name on a visitor's request that sent no filter.
      const byName = { where: { filename: { equals: '1001.webp' } } };
      await expect(run(byName, { payloadAPI: 'REST', query: {} })).resolves.toBe(byName);
    });

    it('over GraphQL, a field’s own arguments; the relations it fills in come at a depth (0 and up)', async () => {
      await expect(run({ limit: 0 }, { payloadAPI: 'GraphQL' })).rejects.toThrow(/limit/);
      await expect(run({ ...internal, currentDepth: 0 }, { payloadAPI: 'GraphQL' })).resolves.toMatchObject(internal);
    });

    it('never the Local API', async () => {
      await expect(run({ limit: 0, pagination: false }, { payloadAPI: 'local' })).resolves.toMatchObject({ limit: 0 });
    });
  });

  it('answers a read the database cannot hold with 400, over REST and GraphQL, and no other failure', () => {
    const hook = (error: Error, req: Record<string, unknown> = { method: 'GET' }, graphqlResult?: Record<string, unknown>) =>
      badQueryIsBadRequest({ error, context: {}, req: req as never, ...(graphqlResult && { graphqlResult: graphqlResult as never }) });
    const outOfRange = Object.assign(new Error('value "99999999999" is out of range for type integer'), { code: '22003' });
    expect(hook(Object.assign(new Error('Failed query'), { cause: outOfRange }))).toMatchObject({ status: 400 });
    expect(hook(Object.assign(new Error('GraphQL'), { originalError: { cause: outOfRange } }), { method: 'POST' }, { message: 'Something went wrong.', extensions: { statusCode: 500 } })).toMatchObject({
      graphqlResult: { extensions: { statusCode: 400 } },
    });
    // A save's data exception is not "the query": Payload answers it as before.
    expect(hook(Object.assign(new Error('Failed query'), { cause: outOfRange }), { method: 'PATCH' })).toBeUndefined();
    expect(hook(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(hook(Object.assign(new Error('deadlock'), { code: '40P01' }))).toBeUndefined();
  });
});

describe('filters a request may ask for', () => {
  const faultOf = (where: unknown, anonymous = true) => whereFault(where, anonymous)?.path;
  it('lets a visitor filter by the indexed fields, compared as values, in and/or', () => {
    for (const where of [{ edition: { equals: 'ar' } }, { and: [{ section: { in: [1, 2] } }, { publishedAt: { greater_than: '2026-01-01' } }] }, { or: [{ tags: { equals: 5 } }, { writer: { exists: true } }] }]) {
      expect(faultOf(where)).toBeUndefined();
    }
  });
  it('refuses a visitor a scan of the archive’s text, naming the filter', () => {
    expect(faultOf({ summary: { contains: 'x' } })).toBe('where.summary');
    expect(faultOf({ title: { like: 'x' } })).toBe('where.title');
    expect(faultOf({ and: [{ edition: { equals: 'ar' } }, { section: { like: 'x' } }] })).toBe('where.section.like');
  });
  it('refuses everyone what the database cannot answer: the story’s rich text, places', () => {
    for (const anonymous of [true, false]) {
      expect(faultOf({ body: { like: 'x' } }, anonymous)).toBe('where.body');
      expect(faultOf({ 'version.body': { contains: 'x' } }, anonymous)).toBe('where.version.body');
      expect(faultOf({ publishedAt: { near: '1,2' } }, anonymous)).toBe('where.publishedAt.near');
    }
    // The newsroom's own searches stay: the admin's list looks headlines up with like.
    expect(faultOf({ title: { like: 'مصر' } }, false)).toBeUndefined();
    // and/or in any case, as Payload reads them (GraphQL's are AND and OR).
    expect(faultOf({ AND: [{ body: { like: 'x' } }] }, false)).toBe('where.body');
    expect(faultOf({ OR: [{ edition: { equals: 'ar' } }] })).toBeUndefined();
  });

  describe('a value no id can be, for a field that holds ids', () => {
    const ids = idFields([
      { name: 'title', type: 'text' },
      { type: 'row', fields: [{ name: 'section', type: 'relationship', relationTo: 'sections' }] },
      { name: 'image', type: 'upload', relationTo: 'media' },
      { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true },
    ]);
    const idFault = (where: unknown) => whereFault(where, false, ids)?.path;

    it('knows the fields that hold ids: its own, relations, pictures', () => {
      expect([...ids].sort()).toEqual(['id', 'image', 'section', 'tags']);
    });

    it('is refused naming the field and operator, for everyone (the database refused it, unnamed)', () => {
      expect(idFault({ section: { equals: 'abc' } })).toBe('where.section.equals');
      expect(idFault({ id: { equals: '99999999999' } })).toBe('where.id.equals');
      expect(idFault({ and: [{ tags: { in: '1,x' } }] })).toBe('where.tags.in');
      expect(idFault({ image: { greater_than: -1 } })).toBe('where.image.greater_than');
      expect(idFault({ tags: { in: [1, { a: 1 }] } })).toBe('where.tags.in');
      expect(whereFault({ section: { equals: 'abc' } }, true, ids)?.path).toBe('where.section.equals');
    });

    it('lets through ids as the query string and JSON send them, none, and text fields', () => {
      // A list for `equals`: the admin's filter on a story's tags writes `where[tags][equals][0]=5`.
      for (const where of [{ tags: { equals: ['5', '6'] } }, { section: { not_equals: ['4'] } }, { section: { equals: '4' } }, { id: { in: '1,2,3' } }, { tags: { not_in: [5, '6'] } }, { image: { equals: null } }, { section: { exists: false } }, { title: { equals: 'abc' } }]) {
        expect([JSON.stringify(where), idFault(where)]).toEqual([JSON.stringify(where), undefined]);
      }
    });
  });

  describe('a date that is none', () => {
    const dates = dateFields([
      { name: 'title', type: 'text' },
      { name: 'publishedAt', type: 'date' },
      { name: 'updatedAt', type: 'date' },
    ] as FlattenedField[]);
    const dateFault = (where: unknown, anonymous = false) => whereFault(where, anonymous, new Set(['id']), dates)?.path;

    it('is refused naming the field and operator, for everyone: Payload answered an empty list, as if nothing matched', () => {
      expect(dateFault({ publishedAt: { greater_than: 'yesterday' } })).toBe('where.publishedAt.greater_than');
      expect(dateFault({ or: [{ updatedAt: { in: '2026-12-01,soon' } }] }, true)).toBe('where.updatedAt.in');
      expect(dateFault({ publishedAt: { equals: ' ' } })).toBe('where.publishedAt.equals');
      expect(dateFault({ publishedAt: { equals: new Date('soon') } })).toBe('where.publishedAt.equals');
      expect(whereFault({ publishedAt: { less_than: 'x' } }, false, new Set(['id']), dates)?.message).toMatch(/^publishedAt holds dates/);
    });

    it('lets through dates as the admin and the API write them, none, and text', () => {
      for (const where of [
        { publishedAt: { greater_than: '2026-12-07' } },
        { publishedAt: { less_than_equal: '2026-12-07T10:00:00.000Z' } },
        { updatedAt: { in: ['2026-12-01', '2026-12-02T00:00:00+02:00'] } },
        { publishedAt: { equals: null } },
        // GraphQL's DateTime arrives as a Date; a moment in milliseconds; empty text, which Payload reads as none.
        { publishedAt: { greater_than: new Date('2026-12-07T10:00:00Z') } },
        { publishedAt: { less_than: 1_796_000_000_000 } },
        { publishedAt: { equals: '' } },
        { publishedAt: { exists: 'true' } },
        { title: { equals: 'yesterday' } },
      ]) {
        expect([JSON.stringify(where), dateFault(where)]).toEqual([JSON.stringify(where), undefined]);
      }
    });
  });
});
