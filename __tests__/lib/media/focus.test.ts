import { cropAround, focusOf, objectPosition } from '@/lib/media/focus';

describe('the editor’s focal point, as the database gives it', () => {
  it('is read from numbers or numeric text, held within the picture', () => {
    expect(focusOf(20, 35)).toEqual({ x: 20, y: 35 });
    expect(focusOf('12.5', '80')).toEqual({ x: 12.5, y: 80 });
    expect(focusOf(-5, 140)).toEqual({ x: 0, y: 100 });
  });

  it('is none when it was never moved off the centre, or is not there', () => {
    expect(focusOf(50, 50)).toBeUndefined();
    expect(focusOf('50', '50')).toBeUndefined();
    expect(focusOf(null, null)).toBeUndefined();
    expect(focusOf(30, null)).toBeUndefined();
    expect(focusOf('', '')).toBeUndefined();
    expect(focusOf('abc', 20)).toBeUndefined();
    // Off the centre on one axis only is a focus.
    expect(focusOf(50, 20)).toEqual({ x: 50, y: 20 });
  });
});

describe('a crop around the focus', () => {
  it('cuts a wide picture’s tall slot around the subject, not its middle', () => {
    // A 1600×900 photograph into the social card's 420×630 slot (2:3): 600 px of its width.
    expect(cropAround(1600, 900, 420 / 630, { x: 25, y: 50 })).toEqual({ left: 100, top: 0, width: 600, height: 900 });
  });

  it('moves back inside the picture when the subject is near an edge', () => {
    expect(cropAround(1600, 900, 420 / 630, { x: 2, y: 50 })).toEqual({ left: 0, top: 0, width: 600, height: 900 });
    expect(cropAround(1600, 900, 420 / 630, { x: 99, y: 50 })).toEqual({ left: 1000, top: 0, width: 600, height: 900 });
  });

  it('cuts a tall picture’s height for a wide crop, around the subject’s height', () => {
    // A 900×1600 portrait photograph into a 16:9 crop: 506 px of its height, the face near the top.
    expect(cropAround(900, 1600, 16 / 9, { x: 50, y: 20 })).toEqual({ left: 0, top: 67, width: 900, height: 506 });
  });

  it('takes the whole picture when it already has the crop’s shape', () => {
    expect(cropAround(1600, 900, 16 / 9, { x: 10, y: 90 })).toEqual({ left: 0, top: 0, width: 1600, height: 900 });
  });
});

describe('object-position for a picture shown cut to a box', () => {
  it('says the same region in CSS’s terms: the offset over the overflow', () => {
    // 2400×900 in a 16:9 box: 1600 px shown, 800 px over. The subject at 40 % (960 px): the region
    // starts at 960 − 800 = 160 px, 20 % of the overflow — not 40 %, which would put it off-centre.
    expect(objectPosition(2400, 900, 16 / 9, { x: 40, y: 50 })).toBe('20% 50%');
    expect(objectPosition(2400, 900, 16 / 9, { x: 45, y: 50 })).toBe('35% 50%');
    // Nearer an edge than half the box: the picture's edge.
    expect(objectPosition(2400, 900, 16 / 9, { x: 25, y: 50 })).toBe('0% 50%');
    expect(objectPosition(2400, 900, 16 / 9, { x: 75, y: 50 })).toBe('100% 50%');
  });

  it('leaves an axis with nothing to cut at its middle', () => {
    expect(objectPosition(1600, 900, 16 / 9, { x: 10, y: 90 })).toBe('50% 50%');
  });
});
