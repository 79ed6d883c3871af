import { getTranslations } from 'next-intl/server';
import { BarChartCard } from '@/components/admin/charts';
import type { Locale } from '@/i18n/locales';
import { CHOICE_KINDS } from '@/lib/domain';
import { pickText } from '@/lib/localized';
import type { FormQuestion } from '@/lib/validations/questions';

/** One bar chart per choice (and yes/no) question, drawn as the dashboard draws its other charts (#16). */
export async function QuestionCharts({
  locale,
  source,
  questions,
  counts,
}: {
  locale: Locale;
  source: Locale;
  questions: FormQuestion[];
  counts: Map<string, Map<string, number>>;
}) {
  const charted = questions.filter((q) => CHOICE_KINDS.includes(q.kind) || q.kind === 'yesNo');
  if (charted.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Questions' });
  const d = await getTranslations({ locale, namespace: 'Admin.dashboard' });
  return (
    <div className="chart-grid">
      {charted.map((q) => {
        const of = counts.get(q.id) ?? new Map<string, number>();
        const rows =
          q.kind === 'yesNo'
            ? [
                { label: t('yes'), value: of.get('true') ?? 0 },
                { label: t('no'), value: of.get('false') ?? 0 },
              ]
            : q.options
                .filter((o) => !o.retired || of.has(o.id))
                .map((o) => ({ label: pickText(o.label, locale, source)?.text ?? '', value: of.get(o.id) ?? 0 }));
        return <BarChartCard key={q.id} title={pickText(q.label, locale, source)?.text ?? ''} valueLabel={d('registrations')} rows={rows} />;
      })}
    </div>
  );
}
