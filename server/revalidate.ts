import { revalidateTag } from 'next/cache';
import { EVENTS_TAG } from '@/db/queries/public';

/** After any change the public sees (seats, events): cached pages re-render on their next request. */
export function revalidatePublic() {
  revalidateTag(EVENTS_TAG, { expire: 0 });
}
