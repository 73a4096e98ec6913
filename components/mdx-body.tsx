import { getMDXComponent, type MDXContentProps } from 'mdx-bundler/client';

type Components = MDXContentProps['components'];

/** Renders mdx-bundler output on the server: no MDX is shipped to or evaluated in the browser. */
export function MdxBody({ code, components }: { code: string; components: Components }) {
  const Content = getMDXComponent(code);
  // mdx-bundler's way to render compiled MDX, once per render of a Server Component (nothing re-renders it).
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={components} />;
}
