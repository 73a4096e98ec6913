import { articleListRoute } from '@/app/_routes/list-route';

const { first } = articleListRoute();
export const generateMetadata = first.generateMetadata;
export default first.Page;
