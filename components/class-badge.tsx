import type { ClassTag } from '@/lib/view/props/class-badge';

/** A racing class in its series' customary colour (the same badge as lib/view/html/class-badge.ts writes as HTML). */
export function ClassBadge({ tag, size = 'md' }: { tag: ClassTag; size?: 'sm' | 'md' }) {
  const pad = size === 'sm' ? 'px-1.5 py-0 text-[0.7rem]' : 'px-2 py-0.5 text-xs';
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-sm font-bold uppercase tracking-wide ${pad}`}
      style={{ backgroundColor: tag.color, color: tag.text }}
    >
      {tag.label}
    </span>
  );
}
