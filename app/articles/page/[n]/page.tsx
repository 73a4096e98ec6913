import { articleListRoute } from '@/app/_routes/list-route';

const { numbered } = articleListRoute();
export const { generateStaticParams, generateMetadata } = numbered;
export default numbered.Page;
