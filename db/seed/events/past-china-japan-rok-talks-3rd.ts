import type { SeedEvent } from '@/db/seed/types';

// The source article gives no date; it was published in early July 2018, so a late-June 2018 date is assumed.
export const event: SeedEvent = {
  slug: 'china-japan-rok-talks-3rd',
  kind: 'talks',
  status: 'published',
  startsAt: '2018-06-28T09:00:00+08:00',
  endsAt: '2018-06-28T17:30:00+08:00',
  timeZone: 'Asia/Shanghai',
  latitude: '43.8171',
  longitude: '125.3235',
  approvalMode: 'automatic',
  sourceLocale: 'en',
  translations: {
    zh: {
      title: '第三届中日韩经贸洽谈会',
      summary: '中日韩三方300余人齐聚长春，本届洽谈会首次以机构、商协会之间的合作对接为主，11对机构和商会签署合作协议。',
      body: `中日韩经贸洽谈会已连续三届在长春举办，旨在为中日韩三国搭建合作交流平台，建立长效沟通机制，为三方地方政府和工商界提供便捷的对接渠道，也是长春建设东北亚区域中心城市、积极融入“一带一路”建设、发展开放型经济的重要举措。

本届洽谈会将前两届的企业间洽谈调整为机构、协会和商会之间的合作对接，面向日本、韩国的地方政府机构、商协会，以及长春市各级招商部门。`,
      city: '长春',
      venueName: '吉林省长春市',
      venueAddress: '',
      coHosts: ['长春市人民政府'],
      reportHeadline: '11对中日韩机构和商会签约，建立长效合作对接机制',
      report: `本届洽谈会共有300余人参加，其中日方代表59人、韩方代表23人，长春市各级招商部门负责人200余人。

开幕式上，长春市人大常委会副主任代表长春市作主旨发言，随后来自北京的嘉宾、大韩民国驻沈阳总领事馆、长春市驻日本经济贸易代表处及日本吉林省总商会的代表相继致辞。长春经济技术开发区以及日本长崎、韩国仁川、釜山、浦项的代表分别作推介。

通过机构间的合作对接，11对机构和商会签署合作协议，长春市与日韩相关机构、商会和协会之间建立起战略合作机制和对接渠道。`,
      reportFigures: [
        { label: '参会人数', value: '300+' },
        { label: '日方代表', value: '59' },
        { label: '韩方代表', value: '23' },
        { label: '签约机构和商会', value: '11对' },
      ],
    },
    en: {
      title: '3rd China–Japan–ROK Economic and Trade Talks',
      summary:
        'More than 300 participants from China, Japan and the ROK met in Changchun; for the first time the talks paired institutions and chambers of commerce, and 11 pairs signed agreements.',
      body: `Held in Changchun for the third year running, the China–Japan–ROK Economic and Trade Talks give the three countries a standing platform for cooperation and exchange: a long-term channel through which local governments and business communities can find and contact each other. The talks are part of Changchun's drive to become a central city of Northeast Asia, take an active part in the Belt and Road Initiative and open its economy further.

Where the first two editions matched individual companies, this edition matched institutions, associations and chambers of commerce. It was aimed at local-government bodies and business organizations from Japan and the ROK, and at the investment-promotion offices of Changchun at every level.`,
      city: 'Changchun',
      venueName: 'Main conference venue, Changchun',
      venueAddress: 'Changchun, Jilin Province',
      coHosts: ["Changchun Municipal People's Government"],
      reportHeadline: 'Eleven pairs of Chinese, Japanese and Korean institutions and chambers sign cooperation agreements',
      report: `More than 300 people took part: 59 representatives from Japan, 23 from the ROK and over 200 heads of investment-promotion offices from all levels of Changchun's administration.

At the opening ceremony, Lv Ning, Vice Chairman of the Standing Committee of the Changchun Municipal People's Congress, gave the keynote speech on behalf of the city. He was followed by guests from Beijing and by representatives of the Consulate General of the Republic of Korea in Shenyang, Changchun's Economic and Trade Representative Office in Japan, and the General Chamber of Commerce of Jilin Province in Japan. The Changchun Economic and Technological Development Zone, Nagasaki (Japan) and Incheon, Busan and Pohang (ROK) each gave investment presentations.

The institution-to-institution matchmaking led to agreements between 11 pairs of institutions and chambers of commerce, and set up a strategic cooperation mechanism and a liaison channel between Changchun and the relevant institutions, chambers and associations of Japan and the ROK.`,
      reportFigures: [
        { label: 'Participants', value: '300+' },
        { label: 'Delegates from Japan', value: '59' },
        { label: 'Delegates from the ROK', value: '23' },
        { label: 'Pairs of institutions signing agreements', value: '11' },
      ],
    },
    ko: {
      title: '제3회 한중일 경제무역 상담회',
      summary:
        '한중일 3국에서 300여 명이 창춘에 모였으며, 이번에는 기관·경제단체 간 협력 매칭 방식으로 진행되어 11쌍의 기관과 상공회의소가 협약을 체결했습니다.',
      body: `한중일 경제무역 상담회는 3회 연속 창춘에서 열리고 있으며, 3국 간 협력·교류 플랫폼을 구축하고 장기적인 소통 체계를 마련하여 3국의 지방정부와 경제계가 손쉽게 교류할 수 있는 창구 역할을 하고 있습니다. 이는 동북아 지역 중심도시 건설, ‘일대일로’ 참여, 개방형 경제 발전을 위한 창춘시의 주요 사업이기도 합니다.

이번 상담회는 앞선 두 차례의 기업 간 상담 방식을 기관·협회·상공회의소 간 협력 매칭으로 전환했으며, 일본과 한국의 지방정부 기관 및 경제단체, 그리고 창춘시 각급 투자유치 부서를 대상으로 했습니다.`,
      city: '창춘',
      venueName: '창춘 회의장',
      venueAddress: '지린성 창춘시',
      coHosts: ['창춘시 인민정부'],
      reportHeadline: '한중일 기관·상공회의소 11쌍 협약 체결, 장기 협력 채널 구축',
      report: `이번 상담회에는 일본 측 대표 59명, 한국 측 대표 23명, 창춘시 각급 투자유치 부서 책임자 200여 명 등 300여 명이 참가했습니다.

개막식에서는 뤼닝 창춘시 인민대표대회 상무위원회 부주임이 창춘시를 대표해 기조연설을 했으며, 이어 베이징에서 온 내빈과 주선양 대한민국 총영사관, 창춘시 주일 경제무역대표처, 재일 지린성총상회 대표가 차례로 축사를 했습니다. 창춘 경제기술개발구와 일본 나가사키, 한국 인천·부산·포항 대표가 각각 투자 설명을 진행했습니다.

기관 간 협력 매칭을 통해 11쌍의 기관과 상공회의소가 협약을 체결했으며, 창춘시와 일본·한국의 관련 기관, 상공회의소, 협회 사이에 전략적 협력 체계와 연락 채널이 마련되었습니다.`,
      reportFigures: [
        { label: '참가 인원', value: '300+' },
        { label: '일본 측 대표', value: '59' },
        { label: '한국 측 대표', value: '23' },
        { label: '협약 체결 기관·상공회의소(쌍)', value: '11' },
      ],
    },
    ja: {
      title: '第3回日中韓経済貿易商談会',
      summary: '日中韓3か国から300人以上が長春に集いました。今回は機関・経済団体同士のマッチングを中心に行われ、11組の機関と商工会議所が協定を結びました。',
      body: `日中韓経済貿易商談会は3回連続で長春で開かれており、3か国の協力と交流のための場を設け、長期的な意思疎通の仕組みをつくり、各国の地方政府と経済界が互いにつながるための窓口となることを目指しています。長春市が北東アジアの地域中心都市づくり、「一帯一路」への積極的な参画、開放型経済の発展を進めるための重要な取り組みでもあります。

今回は、過去2回の企業間商談に代えて、機関・協会・商工会議所同士の協力マッチングを行いました。日本と韓国の地方政府機関や経済団体、長春市および区・県の投資誘致部門を対象としています。`,
      city: '長春',
      venueName: '長春市内の会議場',
      venueAddress: '吉林省長春市',
      coHosts: ['長春市人民政府'],
      reportHeadline: '日中韓の機関・商工会議所11組が協定を締結、長期的な連携の窓口を整備',
      report: `今回の商談会には、日本側代表59名、韓国側代表23名、長春市および区・県の投資誘致部門の責任者200名余りを含む300名以上が参加しました。

開会式では、長春市人民代表大会常務委員会副主任が市を代表して基調講演を行い、続いて北京からの来賓、在瀋陽韓国総領事館、長春市駐日本経済貿易代表処、在日吉林省総商会の代表があいさつしました。長春経済技術開発区、日本の長崎、韓国の仁川・釜山・浦項の代表がそれぞれ投資説明を行いました。

機関同士のマッチングの結果、11組の機関と商工会議所が協定に調印し、長春市と日韓の関係機関・商工会議所・協会との間に戦略的な協力の仕組みと連絡窓口が整いました。`,
      reportFigures: [
        { label: '参加者数', value: '300+' },
        { label: '日本側代表', value: '59' },
        { label: '韓国側代表', value: '23' },
        { label: '協定を結んだ機関・商工会議所', value: '11組' },
      ],
    },
    ru: {
      title: 'III Китайско-японско-корейские торгово-экономические переговоры',
      summary:
        'Более 300 участников из Китая, Японии и Республики Корея собрались в Чанчуне; впервые переговоры прошли в формате встреч между организациями и торговыми палатами — соглашения подписали 11 пар партнёров.',
      body: `Китайско-японско-корейские торгово-экономические переговоры проходят в Чанчуне третий год подряд. Их цель — создать постоянную площадку для сотрудничества и обменов трёх стран, долгосрочный механизм диалога и удобный канал связи между местными властями и деловыми кругами. Переговоры входят в число мер, с помощью которых Чанчунь стремится стать центральным городом Северо-Восточной Азии, активно участвовать в инициативе «Пояс и путь» и развивать открытую экономику.

Если первые два раза на переговорах встречались отдельные компании, то в этом году партнёров подбирали среди организаций, ассоциаций и торговых палат. Мероприятие было рассчитано на органы местной власти и деловые объединения Японии и Республики Корея, а также на службы по привлечению инвестиций всех уровней Чанчуня.`,
      city: 'Чанчунь',
      venueName: 'Конференц-площадка в Чанчуне',
      venueAddress: 'г. Чанчунь, провинция Цзилинь',
      coHosts: ['Народное правительство города Чанчунь'],
      reportHeadline: 'соглашения о сотрудничестве подписали 11 пар организаций и торговых палат трёх стран',
      report: `В переговорах приняли участие более 300 человек: 59 представителей Японии, 23 — Республики Корея и свыше 200 руководителей служб по привлечению инвестиций всех уровней Чанчуня.

На церемонии открытия с основным докладом от имени города выступил Люй Нин, заместитель председателя Постоянного комитета Собрания народных представителей города Чанчунь. Затем слово взяли гости из Пекина, представители Генерального консульства Республики Корея в Шэньяне, Представительства города Чанчунь по торгово-экономическим вопросам в Японии и Генеральной торговой палаты провинции Цзилинь в Японии. С инвестиционными презентациями выступили Чанчуньская зона экономического и технологического развития, японский город Нагасаки, а также корейские Инчхон, Пусан и Пхохан.

По итогам встреч соглашения подписали 11 пар организаций и торговых палат; между Чанчунем и профильными организациями, торговыми палатами и ассоциациями Японии и Республики Корея налажены механизм стратегического сотрудничества и канал постоянной связи.`,
      reportFigures: [
        { label: 'Участников', value: '300+' },
        { label: 'Представителей Японии', value: '59' },
        { label: 'Представителей Республики Корея', value: '23' },
        { label: 'Пар организаций, подписавших соглашения', value: '11' },
      ],
    },
  },
  program: [
    {
      startsAt: '2018-06-28T09:00:00+08:00',
      endsAt: '2018-06-28T09:30:00+08:00',
      title: {
        zh: '开幕式及主旨发言',
        en: 'Opening ceremony and keynote speech',
        ko: '개막식 및 기조연설',
        ja: '開会式・基調講演',
        ru: 'Церемония открытия и основной доклад',
      },
      speaker: {
        zh: '长春市人大常委会副主任',
        en: "Lv Ning, Vice Chairman of the Standing Committee, Changchun Municipal People's Congress",
        ko: '뤼닝 창춘시 인민대표대회 상무위원회 부주임',
        ja: '長春市人民代表大会常務委員会副主任',
        ru: 'Люй Нин, заместитель председателя Постоянного комитета Собрания народных представителей г. Чанчунь',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2018-06-28T09:30:00+08:00',
      endsAt: '2018-06-28T10:30:00+08:00',
      title: {
        zh: '嘉宾致辞：大韩民国驻沈阳总领事馆、长春市驻日本经济贸易代表处、日本吉林省总商会等',
        en: 'Guest addresses: ROK Consulate General in Shenyang, Changchun Economic and Trade Representative Office in Japan, General Chamber of Commerce of Jilin Province in Japan and others',
        ko: '내빈 축사: 주선양 대한민국 총영사관, 창춘시 주일 경제무역대표처, 재일 지린성총상회 등',
        ja: '来賓あいさつ：在瀋陽韓国総領事館、長春市駐日本経済貿易代表処、在日吉林省総商会ほか',
        ru: 'Приветствия гостей: Генеральное консульство Республики Корея в Шэньяне, Представительство Чанчуня в Японии, Генеральная торговая палата провинции Цзилинь в Японии и др.',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2018-06-28T10:30:00+08:00',
      endsAt: '2018-06-28T12:00:00+08:00',
      title: {
        zh: '投资推介：长春经济技术开发区、长崎、仁川、釜山、浦项',
        en: 'Investment presentations: Changchun Economic and Technological Development Zone, Nagasaki, Incheon, Busan, Pohang',
        ko: '투자 설명: 창춘 경제기술개발구, 나가사키, 인천, 부산, 포항',
        ja: '投資説明：長春経済技術開発区、長崎、仁川、釜山、浦項',
        ru: 'Инвестиционные презентации: Чанчуньская зона экономического и технологического развития, Нагасаки, Инчхон, Пусан, Пхохан',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2018-06-28T14:00:00+08:00',
      endsAt: '2018-06-28T16:30:00+08:00',
      title: {
        zh: '机构、协会与商会合作对接',
        en: 'Matchmaking between institutions, associations and chambers of commerce',
        ko: '기관·협회·상공회의소 협력 매칭',
        ja: '機関・協会・商工会議所の協力マッチング',
        ru: 'Встречи организаций, ассоциаций и торговых палат',
      },
      room: { zh: '对接洽谈区', en: 'Matchmaking area', ko: '매칭 상담 구역', ja: 'マッチングエリア', ru: 'Зона деловых встреч' },
    },
    {
      startsAt: '2018-06-28T16:30:00+08:00',
      endsAt: '2018-06-28T17:30:00+08:00',
      title: {
        zh: '合作协议签约仪式',
        en: 'Signing ceremony for cooperation agreements',
        ko: '협력 협약 체결식',
        ja: '協力協定調印式',
        ru: 'Церемония подписания соглашений о сотрудничестве',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
  ],
  visits: [],
};
