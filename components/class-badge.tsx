import { resolveClass } from '@/lib/content/classes';
import { html, type Html } from '@/lib/html';

function badge(name: string, size: 'sm' | 'md') {
  const info = resolveClass(name);
  const pad = size === 'sm' ? 'px-1.5 py-0 text-[0.7rem]' : 'px-2 py-0.5 text-xs';
  return {
    className: `inline-block whitespace-nowrap rounded-sm font-bold uppercase tracking-wide ${pad}`,
    color: info.color,
    text: info.text,
    label: info.name,
  };
}

/** A racing class in its series' customary colour. */
export function ClassBadge({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' }) {
  const b = badge(name, size);
  return (
    <span className={b.className} style={{ backgroundColor: b.color, color: b.text }}>
      {b.label}
    </span>
  );
}

/** The same badge as HTML, for the tables rendered as strings (lib/html.ts). */
export function classBadgeHtml(name: string, size: 'sm' | 'md' = 'md'): Html {
  const b = badge(name, size);
  return html`<span class="${b.className}" style="background-color:${b.color};color:${b.text}">${b.label}</span>`;
}
