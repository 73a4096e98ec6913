import { badge } from '@/lib/view/html/class-badge';

/** A racing class in its series' customary colour. */
export function ClassBadge({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' }) {
  const b = badge(name, size);
  return (
    <span className={b.className} style={{ backgroundColor: b.color, color: b.text }}>
      {b.label}
    </span>
  );
}
