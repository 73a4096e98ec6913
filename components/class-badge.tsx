import { resolveClass } from '@/lib/content/classes';

/** A racing class in its series' customary colour. */
export function ClassBadge({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' }) {
  const info = resolveClass(name);
  const pad = size === 'sm' ? 'px-1.5 py-0 text-[0.7rem]' : 'px-2 py-0.5 text-xs';
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-sm font-bold uppercase tracking-wide ${pad}`}
      style={{ backgroundColor: info.color, color: info.text }}
    >
      {info.name}
    </span>
  );
}
