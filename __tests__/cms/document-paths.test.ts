import type { SanitizedConfig } from 'payload';
import { isImpossibleDocumentPath } from '@/cms/document-paths';

/** Collections as Payload sanitizes them: their routes, and (for one) an id field of its own. */
const DOCUMENT_ROUTES = ['get /count', 'get /versions', 'get /', 'get /:id', 'patch /:id', 'delete /:id'];
const endpoints = (routes: string[]) => routes.map((route) => ({ method: route.split(' ')[0], path: route.split(' ')[1] }));
const config = Promise.resolve({
  collections: [
    { slug: 'articles', flattenedFields: [{ name: 'title' }], endpoints: endpoints(DOCUMENT_ROUTES) },
    { slug: 'users', flattenedFields: [{ name: 'email' }], endpoints: endpoints(['get /me', 'get /init', ...DOCUMENT_ROUTES]) },
    { slug: 'payload-preferences', flattenedFields: [{ name: 'key' }], endpoints: endpoints(['get /:key', 'delete /:key', ...DOCUMENT_ROUTES]) },
    { slug: 'slugged', flattenedFields: [{ name: 'id' }], endpoints: endpoints(DOCUMENT_ROUTES) },
  ],
} as unknown as SanitizedConfig);

const impossible = (method: string, path: string) => isImpossibleDocumentPath(config, method, path.split('/').filter(Boolean));

describe('/api/{collection}/{word}: a document that cannot exist', () => {
  it('is a word, or a number past PostgreSQL’s integers, where only the document route answers', async () => {
    for (const [method, path] of [['GET', 'articles/abc'], ['PATCH', 'articles/x'], ['DELETE', 'articles/%20'], ['GET', 'articles/99999999999']]) {
      expect([method, path, await impossible(method!, path!)]).toEqual([method, path, true]);
    }
  });

  it('is never a number, a route of the collection’s own, a parameter of its own, an id field of its own or another collection', async () => {
    for (const [method, path] of [
      ['GET', 'articles/1001'],
      ['GET', 'articles/count'],
      ['GET', 'users/me'],
      ['GET', 'payload-preferences/nav'],
      ['DELETE', 'payload-preferences/nav'],
      ['GET', 'slugged/abc'],
      ['GET', 'nothing/abc'],
      ['GET', 'articles/versions/abc'],
      ['POST', 'articles/abc'],
    ]) {
      expect([method, path, await impossible(method!, path!)]).toEqual([method, path, false]);
    }
  });
});
