import { READ_PATH } from '@/lib/routes';
import { act, render } from '@testing-library/react';
import { ReadBeacon } from '@/components/reads/ReadBeacon';

/**
 * The island that counts a view: once per page view, only when the page is shown to a reader — a
 * prerendered page or a background tab is counted when it comes to the front, if ever.
 */
const sendBeacon = jest.fn(() => true);
let visibility: DocumentVisibilityState = 'visible';
let prerendering = false;

beforeAll(() => {
  Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: sendBeacon });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  Object.defineProperty(document, 'prerendering', { configurable: true, get: () => prerendering });
});

beforeEach(() => {
  sendBeacon.mockClear();
  visibility = 'visible';
  prerendering = false;
});

const fire = (type: string) => act(() => void document.dispatchEvent(new Event(type)));

describe('ReadBeacon', () => {
  it('posts {"id": n} to /api/read once for a page in front of the reader, and draws nothing', () => {
    const { container, rerender } = render(<ReadBeacon id={1001} />);
    expect(container).toBeEmptyDOMElement();
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    // The route table's address of the counting route: the island keeps its own copy, so as not to ship the table.
    expect(sendBeacon).toHaveBeenCalledWith(READ_PATH, '{"id":1001}');
    rerender(<ReadBeacon id={1001} />);
    fire('visibilitychange');
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });

  it('waits for a background tab to be shown', () => {
    visibility = 'hidden';
    render(<ReadBeacon id={7} />);
    expect(sendBeacon).not.toHaveBeenCalled();
    visibility = 'visible';
    fire('visibilitychange');
    fire('visibilitychange');
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });

  it('counts nothing for a prerendered page until the reader opens it', () => {
    prerendering = true;
    render(<ReadBeacon id={7} />);
    fire('visibilitychange');
    expect(sendBeacon).not.toHaveBeenCalled();
    prerendering = false;
    fire('prerenderingchange');
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });

  it('counts nothing for a page left before it was ever shown', () => {
    visibility = 'hidden';
    const { unmount } = render(<ReadBeacon id={7} />);
    unmount();
    visibility = 'visible';
    fire('visibilitychange');
    expect(sendBeacon).not.toHaveBeenCalled();
  });
});
