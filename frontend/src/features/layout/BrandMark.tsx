/** Capofila's mark: a lead tile followed by two smaller ones (decorative). */
export function BrandMark({ size = 48 }: { size?: number }) {
  return (
    <svg className="brand-mark me-2 flex-shrink-0" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="44" height="44" rx="8" fill="#fff" />
      <rect x="9" y="12" width="14" height="24" rx="3" fill="#06c" />
      <rect x="26" y="12" width="13" height="10" rx="3" fill="#06c" opacity="0.75" />
      <rect x="26" y="26" width="13" height="10" rx="3" fill="#06c" opacity="0.5" />
    </svg>
  );
}
