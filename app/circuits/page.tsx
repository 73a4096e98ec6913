import { indexRoute } from '@/app/_routes/list-route';

const { first } = indexRoute('circuits');
export const generateMetadata = first.generateMetadata;
export default first.Page;
