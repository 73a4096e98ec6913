import { indexRoute } from '@/app/_routes/list-route';

const { numbered } = indexRoute('authors');
export const { generateStaticParams, generateMetadata } = numbered;
export default numbered.Page;
