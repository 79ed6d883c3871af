import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Client components only: server components link through ./link (no next-intl client code on the page).
export const { Link } = createNavigation(routing);
