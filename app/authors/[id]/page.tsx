import type { Metadata } from 'next';
import { getGraph } from '@/lib/served/graph';
import { authorParams } from '@/lib/view/author';
import { AuthorPage, authorMetadata } from './author-page';

export function generateStaticParams() {
  return authorParams(getGraph());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata((await params).id, 1);
}

export default async function AuthorIndexPage({ params }: Props) {
  return <AuthorPage id={(await params).id} n={1} />;
}
