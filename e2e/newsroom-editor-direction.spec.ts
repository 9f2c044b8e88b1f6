import { expect, test, type Locator, type Page } from '@playwright/test';
import { logInToNewsroom, sidewaysScroll } from './support';

/**
 * The story editor's pop-ups (Lexical's, in Payload's admin) in the Arabic admin, right to left, and
 * in the English one: the block handles beside the start of a paragraph, the inline toolbar over the
 * selection with its caret at it, the link editor by the link — and the page never wider than the
 * window (a hidden pop-up, parked 10,000px to the left, made it scroll sideways in Arabic). The
 * admin's stylesheet does it: app/(payload)/custom.css.
 */

const LINK_TEXT = 'رابط المصدر';

type Box = { x: number; y: number; width: number; height: number };
const centre = (box: Box) => box.x + box.width / 2;

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, 'the element is laid out').not.toBeNull();
  return found!;
}

async function openDraftWithLink(page: Page, language: 'ar' | 'en'): Promise<number> {
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: test.info().project.use.baseURL! }]);
  await logInToNewsroom(page);

  // A draft of the seed story's text, its first paragraph ending in a link.
  const seed = (await (await page.request.get('/api/articles/1001?depth=0')).json()) as { section: number; body: { root: { children: { children: unknown[] }[] } } };
  const body = structuredClone(seed.body);
  body.root.children[0]!.children.push({
    type: 'link',
    version: 3,
    fields: { linkType: 'custom', url: 'https://example.com/', newTab: false },
    children: [{ type: 'text', text: LINK_TEXT, version: 1, format: 0, mode: 'normal', style: '', detail: 0 }],
    direction: 'rtl',
    format: '',
    indent: 0,
  });
  const created = await page.request.post('/api/articles?draft=true', {
    data: { title: `محرر النص ${Date.now()}`, summary: 'ملخص', edition: 'ar', section: seed.section, body, _status: 'draft' },
  });
  expect(created.status()).toBe(201);
  const { doc } = (await created.json()) as { doc: { id: number } };
  await page.goto(`/admin/collections/articles/${doc.id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? /^rtl$/i : /^ltr$/i);
  await expect(page.locator('.rich-text-lexical [contenteditable="true"]')).toBeVisible();
  return doc.id;
}

for (const language of ['ar', 'en'] as const) {
  test(`the story editor’s pop-ups sit by the text in the ${language === 'ar' ? 'Arabic' : 'English'} admin`, async ({ page, isMobile }) => {
    const id = await openDraftWithLink(page, language);
    // The draft goes whatever the test finds: a failed run leaves no story behind.
    try {
      const paragraphs = page.locator('.rich-text-lexical .ContentEditable__root > p');
      const editor = await box(page.locator('.rich-text-lexical .editor'));
      expect(await sidewaysScroll(page)).toBe(0);

      // Handles (desktop only: Payload shows none on small screens): beside the paragraph's start.
      if (!isMobile) {
        await paragraphs.first().hover();
        const paragraph = await box(paragraphs.first());
        for (const handle of [page.locator('.draggable-block-menu'), page.locator('.add-block-menu')]) {
          await expect(handle).toHaveCSS('opacity', '1');
          const at = await box(handle);
          if (language === 'ar') {
            expect(at.x).toBeGreaterThanOrEqual(paragraph.x + paragraph.width - 1);
            expect(at.x + at.width).toBeLessThanOrEqual(editor.x + editor.width + 20);
          } else {
            expect(at.x + at.width).toBeLessThanOrEqual(paragraph.x + 1);
            expect(at.x).toBeGreaterThanOrEqual(editor.x - 20);
          }
          expect(Math.abs(at.y - paragraph.y)).toBeLessThan(paragraph.height);
        }
        expect(await sidewaysScroll(page)).toBe(0);
      }

      // A word selected: the toolbar over it, its caret pointing at it.
      await paragraphs.nth(1).dblclick();
      const toolbar = page.locator('.inline-toolbar-popup');
      await expect(toolbar).toHaveCSS('opacity', '1');
      const selection = await page.evaluate(() => {
        const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      });
      const bar = await box(toolbar);
      expect(bar.x).toBeLessThanOrEqual(centre(selection));
      expect(bar.x + bar.width).toBeGreaterThanOrEqual(centre(selection));
      expect(Math.abs(centre(await box(toolbar.locator('.caret'))) - centre(selection))).toBeLessThanOrEqual(8);
      expect(bar.x).toBeGreaterThanOrEqual(editor.x - 1);
      expect(bar.x + bar.width).toBeLessThanOrEqual(editor.x + editor.width + 1);
      expect(await sidewaysScroll(page)).toBe(0);

      // The cursor in the link: its editor just below it, over it.
      const link = page.locator('.rich-text-lexical .ContentEditable__root a', { hasText: LINK_TEXT });
      const linkBox = await box(link);
      await page.mouse.click(centre(linkBox), linkBox.y + linkBox.height / 2);
      const linkEditor = page.locator('.link-editor');
      await expect(linkEditor).toHaveCSS('opacity', '1');
      const panel = await box(linkEditor);
      expect(panel.x).toBeLessThan(linkBox.x + linkBox.width);
      expect(panel.x + panel.width).toBeGreaterThan(linkBox.x);
      expect(panel.y).toBeGreaterThanOrEqual(linkBox.y);
      expect(panel.y).toBeLessThan(linkBox.y + linkBox.height + 40);
      expect(await sidewaysScroll(page)).toBe(0);

      // The cursor away from the link: the link editor is hidden again, and the page no wider.
      await paragraphs.nth(1).click();
      await expect(linkEditor).toHaveCSS('opacity', '0');
      expect(await sidewaysScroll(page)).toBe(0);
    } finally {
      await page.request.delete(`/api/articles/${id}`);
    }
  });
}

test('in the Arabic admin a writer’s English bio reads left to right, its full stop at its end', async ({ page }) => {
  await logInToNewsroom(page);
  const { docs } = (await (await page.request.get('/api/writers?where[slug][equals]=salma-abdelhamid&depth=0')).json()) as { docs: { id: number; bio: { en: string } }[] };
  await page.goto(`/admin/collections/writers/${docs[0]!.id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i);
  const bio = page.locator('#field-bio__en');
  await expect(bio).toHaveValue(docs[0]!.bio.en);
  // Where its first letter and its full stop are drawn: a sentence laid out as the field lays out text.
  const [letter, stop] = await bio.evaluate((field) => {
    const style = getComputedStyle(field);
    const copy = document.createElement('div');
    Object.assign(copy.style, { direction: style.direction, unicodeBidi: style.unicodeBidi, textAlign: style.textAlign, font: style.font, inlineSize: `${field.clientWidth}px`, position: 'absolute' });
    copy.textContent = 'A columnist.';
    document.body.append(copy);
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(copy.firstChild!, i);
      range.setEnd(copy.firstChild!, i + 1);
      return range.getBoundingClientRect().x;
    };
    const found = [at(0), at('A columnist.'.length - 1)];
    copy.remove();
    return found;
  });
  expect(stop).toBeGreaterThan(letter!);
});
