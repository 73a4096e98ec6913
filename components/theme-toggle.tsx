/**
 * The header's theme switch. Its behaviour lives in the inline theme script (lib/theme-script.ts), so
 * this is plain HTML; it shows only once that script has set `data-theme` (globals.css).
 */
export function ThemeToggle() {
  return (
    <button type="button" data-theme-toggle="" aria-pressed="false" className="theme-toggle" title="Dark theme">
      <span className="sr-only">Dark theme</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="icon-moon">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" fill="currentColor" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="icon-sun">
        <circle cx="12" cy="12" r="4.5" fill="currentColor" />
        <path
          d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
