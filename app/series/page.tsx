import { indexRoute } from '@/app/_routes/list-route';

const { first } = indexRoute('series');
export const generateMetadata = first.generateMetadata;
export default first.Page;
