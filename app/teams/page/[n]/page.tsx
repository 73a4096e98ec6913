import { indexRoute } from '@/app/_routes/list-route';

const { numbered } = indexRoute('teams');
export const { generateStaticParams, generateMetadata } = numbered;
export default numbered.Page;
