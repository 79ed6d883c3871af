import { unstable_cache } from 'next/cache';
import { getDb } from '@/db/client';
import { formBySlug } from './questions';
import { EVENTS_TAG } from './public';

/** An event form's questions and settings for the public form, cached with the event pages (same tag). */
export const getEventForm = unstable_cache(async (slug: string) => formBySlug(await getDb(), slug), ['event-form'], { tags: [EVENTS_TAG] });
