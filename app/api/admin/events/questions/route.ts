import { saveQuestions } from '@/db/queries/questions';
import { adminRoute } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';
import { questionsEditorSchema } from '@/lib/validations/questions';

/** Save an event's own questions and whether its form asks for arrivals (#16). */
export const POST = adminRoute(
  'editEvents',
  questionsEditorSchema,
  async ({ db, organizer, data }) => {
    const result = await saveQuestions(db, organizer.id, data);
    switch (result.kind) {
      case 'notFound':
        return { status: 404, body: { error: 'notFound' } };
      case 'unknownQuestion':
        return { status: 409, body: { error: 'unknownQuestion' } };
      case 'kindLocked':
        return { status: 409, body: { error: 'kindLocked', index: result.index } };
    }
    revalidatePublic(); // the public form shows the new questions
    return { body: { ok: true, ids: result.ids } };
  },
  { maxBytes: 256 * 1024 },
);
