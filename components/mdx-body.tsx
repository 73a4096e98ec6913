import { getMDXComponent, type MDXContentProps } from 'mdx-bundler/client';

type Components = MDXContentProps['components'];

/** Renders mdx-bundler output on the server: no MDX is shipped to or evaluated in the browser. */
export function MdxBody({ code, components }: { code: string; components: Components }) {
  const Content = getMDXComponent(code);
  return <Content components={components} />;
}
