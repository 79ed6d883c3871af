import type { registrationDetail } from '@/db/queries/attendees';

/** One registration as the back office's registration page shows it. */
export type RegistrationDetail = NonNullable<Awaited<ReturnType<typeof registrationDetail>>>;
