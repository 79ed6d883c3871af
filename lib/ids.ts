import * as z from 'zod/mini';

const uuid = z.uuid();

/** A well-formed UUID (RFC 9562, as zod's z.uuid()): anything else is "not found" or 400 before it reaches a uuid column. */
export const isUuid = (value: string) => uuid.safeParse(value).success;
