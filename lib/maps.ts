import gcoord from 'gcoord';
import type { Locale } from '@/i18n/locales';

type MapProvider = 'amap' | 'baidu' | 'yandex' | 'google' | 'osm';

/**
 * The maps each language's readers use. Chinese readers: Amap and Baidu (Google does not load in mainland
 * China; both want their own coordinates: GCJ-02 and BD-09). Russian readers: Yandex. Korean readers get
 * Google rather than Kakao or Naver, whose maps cover little outside Korea, where none of our events are.
 * OpenStreetMap for everyone else and as the second choice.
 */
const BY_LOCALE: Record<Locale, MapProvider[]> = {
  zh: ['amap', 'baidu'],
  ru: ['yandex', 'osm'],
  ko: ['google', 'osm'],
  ja: ['google', 'osm'],
  en: ['google', 'osm'],
};

type Place = { latitude: number; longitude: number; name: string } | { query: string };

function url(provider: MapProvider, place: Place): string {
  if ('query' in place) {
    const q = encodeURIComponent(place.query);
    return {
      amap: `https://uri.amap.com/search?keyword=${q}`,
      baidu: `https://map.baidu.com/search/${q}`,
      yandex: `https://yandex.ru/maps/?text=${q}`,
      google: `https://www.google.com/maps/search/?api=1&query=${q}`,
      osm: `https://www.openstreetmap.org/search?query=${q}`,
    }[provider];
  }
  const { latitude: lat, longitude: lon } = place;
  const name = encodeURIComponent(place.name);
  switch (provider) {
    case 'amap': {
      const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02);
      return `https://uri.amap.com/marker?position=${x!.toFixed(6)},${y!.toFixed(6)}&name=${name}&coordinate=gaode`;
    }
    case 'baidu': {
      const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, gcoord.BD09);
      return `https://api.map.baidu.com/marker?location=${y!.toFixed(6)},${x!.toFixed(6)}&title=${name}&content=${name}&output=html&coord_type=bd09ll`;
    }
    case 'yandex':
      return `https://yandex.ru/maps/?pt=${lon},${lat}&z=16&l=map`;
    case 'google':
      return `https://www.google.com/maps/search/?api=1&query=${lat},${lon}`;
    case 'osm':
      return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
  }
}

/** Links to the venue on the maps the reader's language uses, coordinates (WGS-84) or a text search. */
export function mapLinks(locale: Locale, venue: { latitude?: string | null; longitude?: string | null; name: string; city: string }) {
  const latitude = Number(venue.latitude);
  const longitude = Number(venue.longitude);
  const place: Place =
    venue.latitude && venue.longitude && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? { latitude, longitude, name: venue.name }
      : { query: `${venue.name}, ${venue.city}` };
  return BY_LOCALE[locale].map((provider) => ({ provider, url: url(provider, place) }));
}
