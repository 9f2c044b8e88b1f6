import { MARK_BARS, MARK_RADIUS, MARK_VIEWBOX } from '@/lib/brand';

/**
 * The paper's mark (geometry in lib/brand.ts). Inline SVG, so the header paints with no extra
 * request. Decorative: the name beside it is the text.
 */
export function LogoMark({ size = 44 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox={`0 0 ${MARK_VIEWBOX} ${MARK_VIEWBOX}`} aria-hidden="true" focusable="false" className="shrink-0">
      <rect width={MARK_VIEWBOX} height={MARK_VIEWBOX} rx={MARK_RADIUS} fill="var(--color-brand)" />
      {MARK_BARS.map((bar) => (
        <rect key={bar.x} {...bar} rx="1.5" fill="#fff" />
      ))}
    </svg>
  );
}
