import type { Metadata } from 'next';
import { getGraph } from '@/lib/served/graph';
import { authorPageParams } from '@/lib/view/author';
import { AuthorPage, authorMetadata } from '../../author-page';

// Every page of the author's articles; page 1 duplicates the author's own URL (its canonical).
export function generateStaticParams() {
  return authorPageParams(getGraph());
}

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  return authorMetadata(id, Number(n));
}

export default async function AuthorArchivePage({ params }: Props) {
  const { id, n } = await params;
  return <AuthorPage id={id} n={Number(n)} />;
}
