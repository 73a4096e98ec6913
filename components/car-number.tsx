/** A car number as on a number panel. "01" stays "01". */
export function CarNumber({ number }: { number?: string }) {
  if (!number) return <span className="text-muted">–</span>;
  return (
    <span className="tabular inline-block min-w-[2.25rem] rounded-sm border border-ink/70 bg-white px-1 text-center font-display text-base font-bold leading-6 text-ink">
      {number}
    </span>
  );
}
