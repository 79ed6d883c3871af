import { describe, expect, it } from 'vitest';
import { mapLinks } from '@/lib/maps';

// The 2027 Belt and Road venue in Changchun, in WGS-84 as the event stores it.
const venue = { latitude: '43.884', longitude: '125.315', name: '香格里拉大酒店', city: '长春' };
const position = (url: string, key: string) => new URL(url).searchParams.get(key)!.split(',').map(Number);

describe("map links by the reader's language", () => {
  it('offers Chinese readers Amap in GCJ-02 and Baidu in BD-09, shifted from WGS-84 the way those maps expect', () => {
    const [amap, baidu] = mapLinks('zh', venue);
    expect([amap!.provider, baidu!.provider]).toEqual(['amap', 'baidu']);
    const [lon, lat] = position(amap!.url, 'position');
    // GCJ-02 moves points in Changchun by a few hundred metres, never more than ~0.01°.
    expect(lon! - 125.315).toBeGreaterThan(0.001);
    expect(Math.abs(lon! - 125.315)).toBeLessThan(0.01);
    expect(Math.abs(lat! - 43.884)).toBeLessThan(0.01);
    const [bLat, bLon] = position(baidu!.url, 'location');
    expect(bLon! - lon!).toBeGreaterThan(0.005); // BD-09 is offset again from GCJ-02
    expect(bLat! - lat!).toBeGreaterThan(0.003);
    expect(new URL(amap!.url).searchParams.get('name')).toBe('香格里拉大酒店');
  });

  it('offers Russian readers Yandex, the others Google, and everyone OpenStreetMap as the second choice, at the exact point', () => {
    expect(mapLinks('ru', venue).map((l) => l.provider)).toEqual(['yandex', 'osm']);
    for (const locale of ['en', 'ko', 'ja'] as const) expect(mapLinks(locale, venue).map((l) => l.provider)).toEqual(['google', 'osm']);
    expect(mapLinks('ru', venue)[0]!.url).toContain('pt=125.315,43.884');
    expect(mapLinks('en', venue)[0]!.url).toContain('query=43.884,125.315');
  });

  it('searches by venue and city when the event has no coordinates', () => {
    const [amap, baidu] = mapLinks('zh', { ...venue, latitude: null, longitude: null });
    expect(amap!.url).toBe(`https://uri.amap.com/search?keyword=${encodeURIComponent('香格里拉大酒店, 长春')}`);
    expect(baidu!.url).toContain('map.baidu.com/search/');
  });
});
