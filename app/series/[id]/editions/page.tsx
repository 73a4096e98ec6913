import { hubArchiveRoute } from '@/app/_routes/archive-route';

// Page 1 of the editions (/page/1 is canonical to it); rendered on its first request, then cached.
const { first } = hubArchiveRoute('series');
export const { generateStaticParams, generateMetadata } = first;
export default first.Page;
