import { randomUUID } from 'node:crypto';
import { LOCALES } from '@/i18n/locales';
import type { Database } from '@/db/types';
import { registrations } from '@/db/schema';

const FAMILY = ['王', '李', '김', '박', '佐藤', '鈴木', 'Иванов', 'Smith', '陈', 'Петрова'];
const GIVEN = ['芳', '明', '서연', '민준', '花子', '健', 'Анна', 'John', '静', 'Ольга'];
const LATIN = [
  ['WANG', 'FANG'],
  ['LI', 'MING'],
  ['KIM', 'SEOYEON'],
  ['PARK', 'MINJUN'],
  ['SATO', 'HANAKO'],
  ['SUZUKI', 'KEN'],
  ['IVANOV', 'ANNA'],
  ['SMITH', 'JOHN'],
  ['CHEN', 'JING'],
  ['PETROVA', 'OLGA'],
];
const COUNTRIES = ['CN', 'KR', 'JP', 'RU', 'MN', 'VN', 'TH', 'DE', 'US', 'KZ'];
const STATUSES = ['confirmed', 'confirmed', 'confirmed', 'pending', 'waitlisted', 'cancelled'] as const;
const TYPES = ['government', 'enterprise', 'association', 'media', 'other'] as const;

/** Bulk-inserts `count` varied registrations (all scripts, countries, statuses) for list and export tests. */
export async function seedRegistrations(db: Database, eventId: string, count: number) {
  const rows = Array.from({ length: count }, (_, i) => {
    const k = i % 10;
    const status = STATUSES[i % STATUSES.length]!;
    return {
      eventId,
      reference: `T${i}-${randomUUID().slice(0, 6).toUpperCase()}`,
      status,
      locale: LOCALES[i % LOCALES.length]!,
      familyName: FAMILY[k]!,
      givenName: `${GIVEN[k]}${i}`,
      latinFamilyName: LATIN[k]![0]!,
      latinGivenName: `${LATIN[k]![1]}${i}`,
      organization: `Organization ${i % 300}`,
      country: COUNTRIES[(i * 7) % 10]!,
      email: `bulk${i}-${randomUUID().slice(0, 6)}@example.org`,
      emailNormalized: '',
      phone: '+86 431 0000 0000',
      delegationType: TYPES[i % 5]!,
      consentAt: new Date(),
      consentVersion: 'test',
      managementTokenHash: randomUUID(),
      createdAt: new Date(Date.now() - (count - i) * 60_000),
      checkedInAt: i % 4 === 0 && status === 'confirmed' ? new Date() : null,
    };
  }).map((r) => ({ ...r, emailNormalized: r.email }));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(registrations).values(rows.slice(i, i + 1000));
}
