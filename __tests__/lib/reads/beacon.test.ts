import { bodyLimit } from '@/lib/body-limits';
import { isBot, isCrossSite, isPrefetch, MAX_READ_BODY_BYTES, parseReadBody } from '@/lib/reads/beacon';

const CHROME_ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const FACEBOOK_APP = 'Mozilla/5.0 (Linux; Android 14; SM-A546E Build/UP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/490.0.0.50.81;]';

describe('the view beacon’s body', () => {
  it('is {"id": n} and nothing else', () => {
    expect(parseReadBody('{"id":1001}')).toBe(1001);
    expect(parseReadBody(' { "id" : 2147483647 } ')).toBe(2147483647);
    for (const garbage of ['', 'x', '1001', '[]', 'null', '{"id":"1001"}', '{"id":0}', '{"id":-1}', '{"id":1.5}', '{"id":2147483648}', '{"id":1,"reader":"x"}', '{}', '{"id":1001']) {
      expect(parseReadBody(garbage)).toBeUndefined();
    }
  });

  it('is capped at 64 bytes by the server layer, the same number the route reads with', () => {
    expect(bodyLimit('/api/read')).toBe(64);
    expect(MAX_READ_BODY_BYTES).toBe(64);
  });
});

describe('what is not a reader’s view', () => {
  it('crawlers, link previews, audits and scripts — by their user agent, or none', () => {
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0 Safari/537.36',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'WhatsApp/2.23.20.0',
      'TelegramBot (like TwitterBot)',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.32.3',
      'node',
      'undici',
      '',
      null,
    ]) {
      expect(isBot(ua)).toBe(true);
    }
  });

  it('never a reader’s browser, in-app browsers included', () => {
    for (const ua of [CHROME_ANDROID, SAFARI_IPHONE, FACEBOOK_APP, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0']) {
      expect(isBot(ua)).toBe(false);
    }
  });

  it('prefetches and prerenders, by the headers browsers send with them', () => {
    expect(isPrefetch(new Headers({ 'Sec-Purpose': 'prefetch' }))).toBe(true);
    expect(isPrefetch(new Headers({ 'Sec-Purpose': 'prefetch;prerender' }))).toBe(true);
    expect(isPrefetch(new Headers({ Purpose: 'prefetch' }))).toBe(true);
    expect(isPrefetch(new Headers({ 'X-Moz': 'prefetch' }))).toBe(true);
    expect(isPrefetch(new Headers({ 'Sec-Fetch-Dest': 'empty' }))).toBe(false);
  });

  it('a view posted from another site’s page', () => {
    expect(isCrossSite(new Headers({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(true);
    expect(isCrossSite(new Headers({ 'Sec-Fetch-Site': 'same-site' }))).toBe(true);
    expect(isCrossSite(new Headers({ 'Sec-Fetch-Site': 'same-origin' }))).toBe(false);
    expect(isCrossSite(new Headers())).toBe(false);
  });
});
