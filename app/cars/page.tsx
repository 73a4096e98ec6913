import { indexRoute } from '@/app/_routes/list-route';

const { first } = indexRoute('cars');
export const generateMetadata = first.generateMetadata;
export default first.Page;
