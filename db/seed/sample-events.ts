import { event as beltAndRoad2018 } from './events/past-belt-and-road-cooperation-2018';
import { event as chinaJapanRok3rd } from './events/past-china-japan-rok-talks-3rd';
import { event as demoZone2020 } from './events/past-china-rok-demo-zone-promotion-2020';
import type { SeedEvent } from './types';

export const sampleEvents: SeedEvent[] = [beltAndRoad2018, chinaJapanRok3rd, demoZone2020];
