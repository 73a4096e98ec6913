import { HOME_HREF } from '@/lib/routes';
/** The body of the site's 500 page (app/global-error.tsx). Never shows the cause. */
export function ServerError({ digest }: { digest?: string }) {
  return (
    <div className="py-16 text-center">
      <p className="font-display text-7xl font-bold text-brand">500</p>
      <h1 className="mt-2 font-display text-3xl font-bold uppercase">Something went wrong</h1>
      <p className="mx-auto mt-3 max-w-md text-muted">This page could not be shown. The rest of the site is running; please try again later.</p>
      {digest ? <p className="mt-3 text-xs text-muted">Reference: {digest}</p> : null}
      <p className="mt-6 font-semibold">
        <a href={HOME_HREF} className="text-brand hover:underline">
          Latest reports
        </a>
      </p>
    </div>
  );
}
