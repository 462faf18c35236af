/** The Pavilion mark: a pavilion roof over three booths. Decorative; the link around it has the name. */
export function LogoMark({ size = 36 }: { size?: number }) {
  return (
    <svg
      className="logo-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--navy-900)" />
      <path d="M6 14 16 7l10 7z" fill="var(--accent-400)" />
      <path d="M9 16h3v9H9zm5.5 0h3v9h-3zm5.5 0h3v9h-3z" fill="#fff" />
    </svg>
  );
}
