/**
 * The paper's mark: a red block with three rising white bars (the press columns of a front page).
 * Inline SVG, so the header paints with no extra request. Decorative: the name beside it is the text.
 */
export function LogoMark({ size = 44 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false" className="shrink-0">
      <rect width="48" height="48" rx="8" fill="var(--color-brand)" />
      <rect x="10" y="22" width="7" height="16" rx="1.5" fill="#fff" />
      <rect x="20.5" y="15" width="7" height="23" rx="1.5" fill="#fff" />
      <rect x="31" y="9" width="7" height="29" rx="1.5" fill="#fff" />
    </svg>
  );
}
