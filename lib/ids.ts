/** A well-formed UUID (any version): anything else is "not found" or 400 before it reaches a uuid column. */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
