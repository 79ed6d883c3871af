import { event as beltAndRoad2018 } from '@/db/seed/events/past-belt-and-road-cooperation-2018';
import { event as chinaJapanRok3rd } from '@/db/seed/events/past-china-japan-rok-talks-3rd';
import { event as demoZone2020 } from '@/db/seed/events/past-china-rok-demo-zone-promotion-2020';
import { event as circumBohai2021 } from '@/db/seed/events/past-circum-bohai-trade-promotion-2021';
import { event as russianFarEast2023 } from '@/db/seed/events/past-jilin-delegation-russian-far-east-2023';
import { event as chinaJapanRok2027 } from '@/db/seed/events/upcoming-china-japan-rok-talks-2027';
import { event as vladivostok2027 } from '@/db/seed/events/upcoming-jilin-delegation-vladivostok-2027';
import { event as beltAndRoad2027 } from '@/db/seed/events/upcoming-northeast-asia-belt-and-road-2027';
import type { SeedEvent } from './types';

/** Five past conferences (facts from ../shared/seeds) and three upcoming events open for registration. */
export const sampleEvents: SeedEvent[] = [
  beltAndRoad2018,
  chinaJapanRok3rd,
  demoZone2020,
  circumBohai2021,
  russianFarEast2023,
  beltAndRoad2027,
  chinaJapanRok2027,
  vladivostok2027,
];
