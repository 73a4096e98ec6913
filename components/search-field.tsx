/** The search field and its button, in the site header's form and in the /search page's (each a GET form to /search). */
export function SearchField({ id, label, placeholder, inputClass, buttonClass }: { id: string; label: string; placeholder: string; inputClass: string; buttonClass: string }) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name="q" type="search" placeholder={placeholder} autoComplete="off" className={inputClass} />
      <button type="submit" className={buttonClass}>
        Search
      </button>
    </>
  );
}
