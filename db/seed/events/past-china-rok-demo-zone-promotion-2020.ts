import type { SeedEvent } from '@/db/seed/types';

export const event: SeedEvent = {
  slug: 'china-rok-demo-zone-promotion-2020',
  kind: 'promotion',
  status: 'published',
  startsAt: '2020-09-03T14:00:00+08:00',
  endsAt: '2020-09-03T17:30:00+08:00',
  timeZone: 'Asia/Shanghai',
  latitude: '39.9042',
  longitude: '116.4074',
  approvalMode: 'automatic',
  sourceLocale: 'en',
  translations: {
    zh: {
      title: '中韩（长春）国际合作示范区全球推介会',
      summary: '作为2020年服贸会“吉林日”活动之一，推介会在北京举行，向韩国企业、商协会和国内知名企业发布示范区产业方向、重大项目和招商政策。',
      body: `推介会是2020年中国国际服务贸易交易会“吉林日”的重头戏。中韩（长春）国际合作示范区区位交通便利、资源禀赋突出，其产业布局与韩国及东北亚其他国家的产业链、供应链契合度高，合作空间广阔；示范区同时处于中国“一带一路”倡议与韩国“新北方政策”、俄罗斯远东开发战略、蒙古国“草原之路”的对接地带。

本次活动面向有意投资示范区的韩国企业和在华韩国商协会、国内知名企业，以及关注吉林与韩国合作的各界人士。吉林省与韩国江原道等地区建立了友好关系，长春市与蔚山等六座韩国城市结为友好城市。`,
      city: '北京',
      venueName: '北京长白山国际酒店',
      venueAddress: '北京市',
      coHosts: ['吉林省人民政府'],
      reportHeadline: '示范区产业方向、重大项目和招商政策面向全球发布',
      report: `2020年9月3日下午，推介会在北京长白山国际酒店举行，100余人参加，包括韩国驻华大使馆代表、24家韩国企业、在华韩国商协会和35家国内知名企业代表，以及吉林省政府、长春市委、长春市政府和省直有关部门负责人。

会上，吉林省有关负责同志介绍了示范区建设的最新进展，发布了示范区的产业方向、重大项目和招商引资政策，并诚邀与会嘉宾到吉林、特别是到长春走走看看，叙友谊、谈合作、谋发展，共享新时代吉林振兴发展的机遇。

推介会前，吉林省商务厅与香港贸易发展局举行合作签约仪式，签署深化吉港经贸合作备忘录。双方将把吉林的产业优势与香港的专业服务和平台优势结合起来，加强资源共享和人员往来，推动两地经贸合作不断深化。`,
      reportFigures: [
        { label: '参会人数', value: '100+' },
        { label: '韩国企业', value: '24' },
        { label: '国内知名企业', value: '35' },
        { label: '长春市韩国友好城市', value: '6' },
      ],
    },
    en: {
      title: 'Global Promotion Conference for the China–ROK (Changchun) International Cooperation Demonstration Zone',
      summary:
        "Held in Beijing as part of Jilin Province Day at CIFTIS 2020, the conference presented the zone's target industries, major projects and investment policies to Korean and Chinese companies.",
      body: `The conference was a highlight of Jilin Province Day at the 2020 China International Fair for Trade in Services (CIFTIS). Well connected and rich in resources, the China–ROK (Changchun) International Cooperation Demonstration Zone builds industries that fit closely with the supply chains of Korean and other Northeast Asian partners. It also sits at a meeting point of national strategies: China's Belt and Road Initiative, the ROK's New Northern Policy, Russia's Far East development strategy and Mongolia's Steppe Road.

The event was aimed at Korean companies and Korean business associations in China considering the zone, at leading Chinese companies, and at everyone following Jilin–Korea cooperation. Jilin Province has friendly ties with Gangwon Province and other Korean regions, and Changchun is twinned with six Korean cities, including Ulsan.`,
      city: 'Beijing',
      venueName: 'Changbaishan International Hotel',
      venueAddress: 'Beijing',
      coHosts: ["Jilin Provincial People's Government"],
      reportHeadline: "Zone's target industries, major projects and investment policies launched to a global audience",
      report: `On the afternoon of 3 September 2020, more than 100 people gathered at the Changbaishan International Hotel in Beijing: representatives of the Embassy of the Republic of Korea in China, 24 Korean companies, Korean business associations in China and 35 well-known Chinese companies, together with leaders of the Jilin provincial government, the Changchun municipal Party committee and municipal government, and provincial departments.

Jilin provincial officials briefed participants on the zone's latest progress and announced its target industries, major projects and investment-promotion policies. They invited guests to come to Jilin, and to Changchun in particular, to renew old friendships, explore cooperation and share in the opportunities of Jilin's development.

Ahead of the conference, the Jilin Provincial Department of Commerce and the Hong Kong Trade Development Council signed a memorandum on deepening Jilin–Hong Kong economic and trade cooperation. The two sides will pair Jilin's industrial strengths with Hong Kong's professional services and platforms, share resources and step up exchanges of people.`,
      reportFigures: [
        { label: 'Participants', value: '100+' },
        { label: 'Korean companies', value: '24' },
        { label: 'Leading Chinese companies', value: '35' },
        { label: "Changchun's Korean sister cities", value: '6' },
      ],
    },
    ko: {
      title: '한중(창춘) 국제협력시범구 글로벌 투자설명회',
      summary:
        '2020 중국국제서비스무역교역회 ‘지린의 날’ 행사로 베이징에서 열렸으며, 한국 기업과 중국 주요 기업을 대상으로 시범구의 산업 방향, 주요 프로젝트, 투자 유치 정책을 발표했습니다.',
      body: `이번 설명회는 2020 중국국제서비스무역교역회 ‘지린의 날’의 핵심 행사입니다. 한중(창춘) 국제협력시범구는 교통 여건이 뛰어나고 자원이 풍부하며, 한국을 비롯한 동북아 국가의 공급망과 긴밀히 맞물리는 산업을 육성하고 있습니다. 아울러 중국의 ‘일대일로’ 구상과 한국의 신북방정책, 러시아의 극동 개발 전략, 몽골의 ‘초원의 길’이 맞닿는 곳이기도 합니다.

시범구 투자를 검토하는 한국 기업과 재중 한국 경제단체, 중국 주요 기업, 그리고 지린성과 한국 간 협력에 관심 있는 모든 분을 대상으로 했습니다. 지린성은 강원도 등 한국 지역과 우호 관계를 맺고 있으며, 창춘시는 울산 등 한국 6개 도시와 자매결연을 맺고 있습니다.`,
      city: '베이징',
      venueName: '창바이산 국제호텔',
      venueAddress: '베이징시',
      coHosts: ['지린성 인민정부'],
      reportHeadline: '시범구 산업 방향·주요 프로젝트·투자 유치 정책 글로벌 발표',
      report: `2020년 9월 3일 오후 베이징 창바이산 국제호텔에서 열린 설명회에는 주중국 대한민국 대사관 관계자, 한국 기업 24개사, 재중 한국 경제단체, 중국 주요 기업 35개사 대표와 지린성 정부, 창춘시 당위원회·시정부 및 성 직속 관련 부서 책임자 등 100여 명이 참석했습니다.

지린성 관계자는 시범구의 최신 현황을 소개하고 산업 방향, 주요 프로젝트, 투자 유치 정책을 발표했으며, 참석자들이 지린성, 특히 창춘시를 찾아 우정을 다지고 협력을 논의하며 새 시대 지린 발전의 기회를 함께 누리기를 희망했습니다.

설명회에 앞서 지린성 상무청과 홍콩무역발전국은 협력 체결식을 열고 지린–홍콩 경제무역 협력 심화를 위한 양해각서를 체결했습니다. 양측은 지린의 산업 경쟁력과 홍콩의 전문 서비스·플랫폼 역량을 결합하고, 자원 공유와 인적 교류를 확대하기로 했습니다.`,
      reportFigures: [
        { label: '참석 인원', value: '100+' },
        { label: '한국 기업', value: '24' },
        { label: '중국 주요 기업', value: '35' },
        { label: '창춘시의 한국 자매도시', value: '6' },
      ],
    },
    ja: {
      title: '中韓（長春）国際協力モデル区グローバル投資説明会',
      summary:
        '2020年中国国際サービス貿易交易会「吉林デー」の一環として北京で開催され、韓国企業や中国の有力企業に向けてモデル区の重点産業、主要プロジェクト、投資誘致政策を発表しました。',
      body: `本説明会は、2020年中国国際サービス貿易交易会（CIFTIS）「吉林デー」の目玉行事です。交通の便がよく資源にも恵まれた中韓（長春）国際協力モデル区は、韓国をはじめ北東アジア各国のサプライチェーンと結びつきやすい産業の育成を進めています。また、中国の「一帯一路」構想と韓国の「新北方政策」、ロシアの極東開発戦略、モンゴルの「草原の道」が接する地域でもあります。

モデル区への投資を検討する韓国企業や在中国の韓国経済団体、中国の有力企業、そして吉林省と韓国の協力に関心を持つ皆さまを対象としました。吉林省は江原道など韓国の地域と友好関係を結び、長春市は蔚山市をはじめ韓国の6都市と姉妹都市提携を結んでいます。`,
      city: '北京',
      venueName: '長白山国際ホテル',
      venueAddress: '北京市',
      coHosts: ['吉林省人民政府'],
      reportHeadline: 'モデル区の重点産業・主要プロジェクト・投資誘致政策を世界に向けて発表',
      report: `2020年9月3日午後、北京の長白山国際ホテルで開かれた説明会には、駐中国韓国大使館の関係者、韓国企業24社、在中国の韓国経済団体、中国の有力企業35社の代表に加え、吉林省政府、中国共産党長春市委員会、長春市政府、省直属の関係部門の責任者など100名以上が出席しました。

吉林省の担当幹部がモデル区の最新状況を紹介し、重点産業、主要プロジェクト、投資誘致政策を発表しました。あわせて、吉林省、とりわけ長春市を訪れて友好を深め、協力を話し合い、新時代の吉林の発展がもたらす機会を共有してほしいと呼びかけました。

説明会に先立ち、吉林省商務庁と香港貿易発展局が協力調印式を行い、吉林と香港の経済貿易協力の深化に関する覚書を交わしました。双方は吉林の産業面の強みと香港の専門サービス・プラットフォームの強みを組み合わせ、資源の共有と人的交流を強化していくことで合意しました。`,
      reportFigures: [
        { label: '参加者数', value: '100+' },
        { label: '韓国企業', value: '24' },
        { label: '中国の有力企業', value: '35' },
        { label: '長春市の韓国姉妹都市', value: '6' },
      ],
    },
    ru: {
      title: 'Глобальная презентация Китайско-корейской (Чанчунь) демонстрационной зоны международного сотрудничества',
      summary:
        'Презентация прошла в Пекине в рамках Дня провинции Цзилинь на Китайской международной ярмарке торговли услугами 2020 года: корейским и китайским компаниям представили приоритетные отрасли зоны, крупные проекты и меры по привлечению инвестиций.',
      body: `Презентация стала центральным событием Дня провинции Цзилинь на Китайской международной ярмарке торговли услугами (CIFTIS) 2020 года. Китайско-корейская (Чанчунь) демонстрационная зона международного сотрудничества, удобно расположенная и богатая ресурсами, развивает отрасли, которые легко встраиваются в производственные цепочки партнёров из Республики Корея и других стран Северо-Восточной Азии. Кроме того, здесь сходятся несколько национальных стратегий: китайская инициатива «Пояс и путь», «Новая северная политика» Республики Корея, российская стратегия развития Дальнего Востока и монгольский «Степной путь».

Мероприятие было адресовано корейским компаниям и корейским деловым объединениям в Китае, присматривающимся к зоне, ведущим китайским компаниям и всем, кто следит за сотрудничеством Цзилиня с Кореей. Провинция Цзилинь поддерживает дружественные связи с провинцией Канвондо и другими регионами Республики Корея, а у Чанчуня шесть городов-побратимов в Корее, в том числе Ульсан.`,
      city: 'Пекин',
      venueName: 'Международный отель «Чанбайшань»',
      venueAddress: 'г. Пекин',
      coHosts: ['Народное правительство провинции Цзилинь'],
      reportHeadline: 'приоритетные отрасли, крупные проекты и инвестиционная политика зоны представлены мировому деловому сообществу',
      report: `Во второй половине дня 3 сентября 2020 года в Международном отеле «Чанбайшань» в Пекине собрались более 100 человек: представители Посольства Республики Корея в КНР, 24 корейских компаний, корейских деловых объединений в Китае и 35 известных китайских компаний, а также руководители правительства провинции Цзилинь, городского комитета партии и городского правительства Чанчуня и профильных ведомств провинции.

Руководители провинции Цзилинь рассказали о последних достижениях зоны, представили её приоритетные отрасли, крупные проекты и меры по привлечению инвестиций. Гостей пригласили посетить Цзилинь и прежде всего Чанчунь, чтобы укрепить дружбу, обсудить сотрудничество и вместе воспользоваться возможностями, которые открывает развитие провинции.

Перед презентацией Департамент коммерции провинции Цзилинь и Совет по развитию торговли Гонконга подписали меморандум об углублении торгово-экономического сотрудничества между Цзилинем и Гонконгом. Стороны намерены сочетать промышленный потенциал Цзилиня с профессиональными услугами и деловыми платформами Гонконга, обмениваться ресурсами и расширять обмен кадрами.`,
      reportFigures: [
        { label: 'Участников', value: '100+' },
        { label: 'Корейских компаний', value: '24' },
        { label: 'Ведущих китайских компаний', value: '35' },
        { label: 'Корейских городов-побратимов Чанчуня', value: '6' },
      ],
    },
  },
  program: [
    {
      startsAt: '2020-09-03T14:00:00+08:00',
      endsAt: '2020-09-03T14:30:00+08:00',
      title: {
        zh: '吉林省商务厅与香港贸易发展局合作签约仪式',
        en: 'Signing ceremony: Jilin Provincial Department of Commerce and Hong Kong Trade Development Council',
        ko: '지린성 상무청–홍콩무역발전국 협력 체결식',
        ja: '吉林省商務庁・香港貿易発展局 協力調印式',
        ru: 'Подписание меморандума: Департамент коммерции провинции Цзилинь и Совет по развитию торговли Гонконга',
      },
      room: { zh: '签约厅', en: 'Signing room', ko: '체결식장', ja: '調印式会場', ru: 'Зал подписания' },
    },
    {
      startsAt: '2020-09-03T14:30:00+08:00',
      endsAt: '2020-09-03T15:30:00+08:00',
      title: {
        zh: '示范区建设最新进展介绍',
        en: 'Briefing on the latest progress of the demonstration zone',
        ko: '시범구 최신 현황 소개',
        ja: 'モデル区の最新状況の紹介',
        ru: 'Доклад о последних достижениях демонстрационной зоны',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2020-09-03T15:30:00+08:00',
      endsAt: '2020-09-03T17:00:00+08:00',
      title: {
        zh: '发布示范区产业方向、重大项目和招商政策',
        en: "Launch of the zone's target industries, major projects and investment policies",
        ko: '시범구 산업 방향·주요 프로젝트·투자 유치 정책 발표',
        ja: 'モデル区の重点産業・主要プロジェクト・投資誘致政策の発表',
        ru: 'Представление приоритетных отраслей, крупных проектов и инвестиционной политики зоны',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
  ],
  visits: [],
};
