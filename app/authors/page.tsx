import { indexRoute } from '@/app/_routes/list-route';

const { first } = indexRoute('authors');
export const generateMetadata = first.generateMetadata;
export default first.Page;
