/** @jest-environment node */
import { CROSS_ORIGIN_PATHS, contentSecurityPolicy, headerRules, isCrossOriginPath, securityHeaderObject, securityHeaders } from '@/lib/security-headers';
import { PUBLIC_FILE_CACHE } from '@/lib/cache-control';

/** "script-src 'self' 'unsafe-inline'; …" → { 'script-src': ["'self'", "'unsafe-inline'"], … } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy());

  it('allows only our own origin for scripts, styles, fonts, images and connections', () => {
    for (const name of ['default-src', 'script-src', 'style-src', 'font-src', 'img-src', 'connect-src']) {
      expect(csp[name]?.[0]).toBe("'self'");
      expect(csp[name]?.filter((v) => !v.startsWith("'"))).toEqual([]);
    }
  });

  it('never allows eval, data: or blob: anywhere in production', () => {
    const all = Object.values(csp).flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((v) => /^(data|blob|https?):/.test(v))).toEqual([]);
  });

  it('closes plugins, framing, base and form targets, and upgrades insecure requests', () => {
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp).toHaveProperty('upgrade-insecure-requests');
  });

  it('falls back to allowing inline scripts (ISR pages carry Next’s inline bootstrap; see README) but nothing else unsafe', () => {
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('given a page’s script hashes, allows exactly those inline scripts and changes nothing else', () => {
    const hashes = ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", "'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='"];
    const hashed = directives(contentSecurityPolicy({ scriptHashes: hashes }));
    expect(hashed['script-src']).toEqual(["'self'", ...hashes]);
    expect({ ...hashed, 'script-src': [] }).toEqual({ ...csp, 'script-src': [] });
    // A page without inline scripts allows none.
    expect(directives(contentSecurityPolicy({ scriptHashes: [] }))['script-src']).toEqual(["'self'"]);
  });

  it('adds eval and drops the upgrade only for the development server', () => {
    const dev = directives(contentSecurityPolicy({ dev: true }));
    expect(dev['script-src']).toContain("'unsafe-eval'");
    expect(dev).not.toHaveProperty('upgrade-insecure-requests');
  });
});

describe('security headers', () => {
  const headers = securityHeaderObject();

  it('sets HSTS for two years with subdomains and preload', () => {
    expect(headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains; preload');
  });

  it('sets nosniff, referrer policy, frame denial, opener and resource policies', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-site',
    });
  });

  it('denies powerful features but keeps copying for our own origin', () => {
    const policy = Object.fromEntries(headers['Permissions-Policy']!.split(', ').map((p) => p.split('=')));
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) {
      expect(policy[feature]).toBe('()');
    }
    expect(policy['clipboard-write']).toBe('(self)');
  });

  it('leaves native share at its default, our own origin, without naming it (desktop Chromium logs the name as unrecognized)', () => {
    expect(headers['Permissions-Policy']).not.toMatch(/web-share/);
  });

  it('has no duplicate header names', () => {
    const names = securityHeaders().map((h) => h.key.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('next.config header rules', () => {
  const rules = headerRules();

  it('puts the security headers on every path first', () => {
    expect(rules[0]).toEqual({ source: '/:path*', headers: securityHeaders() });
  });

  it('opens cards and images to other origins (social previews, aggregators) in later, overriding rules', () => {
    for (const source of ['/cards/:path*', '/images/:path*']) {
      expect(CROSS_ORIGIN_PATHS).toContain(source);
      const rule = rules.slice(1).find((r) => r.source === source && r.headers.some((h) => h.key === 'Cross-Origin-Resource-Policy'));
      expect(rule?.headers).toEqual([{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }]);
    }
  });

  it('knows which paths other origins may embed', () => {
    for (const path of ['/cards/1001-abc.jpg', '/images/articles/x.webp', '/icons/icon-192.png', '/_next/image', '/icon.svg', '/cards']) {
      expect(isCrossOriginPath(path)).toBe(true);
    }
    for (const path of ['/', '/news/1001', '/cardsx/a', '/_next/image/x', '/icon.svg/x', '/images-old/x']) expect(isCrossOriginPath(path)).toBe(false);
  });

  it('gives public article images a long lifetime', () => {
    const rule = rules.find((r) => r.source === '/images/:path*' && r.headers.some((h) => h.key === 'Cache-Control'));
    expect(rule?.headers).toEqual([{ key: 'Cache-Control', value: PUBLIC_FILE_CACHE }]);
    expect(PUBLIC_FILE_CACHE).toMatch(/max-age=(\d{7,})/);
  });
});

describe('uploaded pictures, served under the CMS’s API', () => {
  it('are not the newsroom’s side: indexed and embeddable like /images', () => {
    const { isNewsroomPath } = jest.requireActual<typeof import('@/lib/admin-headers')>('@/lib/admin-headers');
    const { isCrossOriginPath } = jest.requireActual<typeof import('@/lib/security-headers')>('@/lib/security-headers');
    expect(isNewsroomPath('/api/media/file/1001-spacex-ipo.webp')).toBe(false);
    expect(isCrossOriginPath('/api/media/file/1001-spacex-ipo.webp')).toBe(true);
    for (const path of ['/api/media', '/api/media/7', '/api/articles', '/api/revalidate', '/admin']) {
      expect([path, isNewsroomPath(path), isCrossOriginPath(path)]).toEqual([path, true, false]);
    }
  });
});

describe('the admin’s policy', () => {
  const connectSrc = (env: NodeJS.ProcessEnv) => {
    const { adminContentSecurityPolicy } = jest.requireActual<typeof import('@/lib/admin-headers')>('@/lib/admin-headers');
    return adminContentSecurityPolicy(env)
      .split('; ')
      .find((directive) => directive.startsWith('connect-src'));
  };
  it('lets the editor’s browser send a picture to Vercel Blob’s API when that is the media store, and nowhere else', () => {
    expect(connectSrc({ BLOB_READ_WRITE_TOKEN: 'vercel_blob_rw_x' } as unknown as NodeJS.ProcessEnv)).toBe("connect-src 'self' https://vercel.com/api/blob/");
    expect(connectSrc({ BLOB_READ_WRITE_TOKEN: 'vercel_blob_rw_x', NEXT_PUBLIC_VERCEL_BLOB_API_URL: 'https://blob.example.test/api' } as unknown as NodeJS.ProcessEnv)).toBe(
      "connect-src 'self' https://blob.example.test/api/",
    );
    // The server's own variable is not what the browser calls.
    expect(connectSrc({ BLOB_READ_WRITE_TOKEN: 'vercel_blob_rw_x', VERCEL_BLOB_API_URL: 'https://blob.example.test/api' } as unknown as NodeJS.ProcessEnv)).toBe(
      "connect-src 'self' https://vercel.com/api/blob/",
    );
    expect(connectSrc({} as unknown as NodeJS.ProcessEnv)).toBe("connect-src 'self'");
  });
});
