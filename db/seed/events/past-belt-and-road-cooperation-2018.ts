import type { SeedEvent } from '@/db/seed/types';

export const event: SeedEvent = {
  slug: 'belt-and-road-cooperation-2018',
  kind: 'conference',
  status: 'published',
  startsAt: '2018-06-21T09:00:00+08:00',
  endsAt: '2018-06-22T17:30:00+08:00',
  timeZone: 'Asia/Shanghai',
  latitude: '43.8171',
  longitude: '125.3235',
  approvalMode: 'automatic',
  sourceLocale: 'en',
  translations: {
    zh: {
      title: '2018“一带一路”国际经贸合作会议（长春）',
      theme: '推介吉林开放，促进交流合作',
      summary: '“一带一路”沿线29个国家的政府、企业和商协会代表齐聚长春，与吉林企业面对面洽谈，并签署四项合作平台协议。',
      body: `本次会议是中国贸促会培训中心“一带一路”中国行系列活动的一站，也是该系列活动首次走进东北老工业基地。会议旨在向海外伙伴全面展示吉林作为我国向北开放重要窗口的区位与产业优势，为地方政府与外国工商界搭建常态化的交流合作平台。

会议面向“一带一路”沿线国家的政府部门、商协会和企业，以及有意“走出去”的吉林本地企业，内容涵盖合作平台签约、企业一对一洽谈、国际投资法律培训和企业参观考察。`,
      city: '长春',
      venueName: '吉林省长春市',
      venueAddress: '',
      coHosts: ['中国国际贸易促进委员会培训中心', '中国国际贸易促进委员会吉林省分会', '中国国际商会吉林商会'],
      reportHeadline: '与东南亚四家机构签署“一带一路”合作平台协议',
      report: `会议于2018年6月21日在长春开幕，来自29个国家的政府部门、企业和商协会代表出席。中国贸促会吉林省分会分别与越南工商会、东盟泰国分会、泰中罗勇工业园和中老投资有限公司签约，共建“一带一路”合作平台。

洽谈环节中，93位沿线国家商协会代表与60余家吉林企业逐一深入对接，部分项目当场签署初步合作意向书。多家知名国际律师事务所受邀为本地企业讲授国际投资合作中的法律实务与风险防范，助力企业稳妥“走出去”。

会后，吉林省贸促会组织与会嘉宾参观了中车长春轨道客车股份有限公司等本地企业，实地了解吉林装备制造业的实力。`,
      reportFigures: [
        { label: '参会国家', value: '29' },
        { label: '沿线国家商协会代表', value: '93' },
        { label: '参与洽谈的本地企业', value: '60+' },
        { label: '签署合作平台协议', value: '4' },
      ],
    },
    en: {
      title: 'Belt and Road International Economic and Trade Cooperation Conference 2018 (Changchun)',
      theme: "Showcasing Jilin's opening-up, fostering exchange and cooperation",
      summary:
        'Governments, companies and business associations from 29 countries along the Belt and Road met Jilin enterprises in Changchun, and four cooperation-platform agreements were signed.',
      body: `The conference was a stop on the Belt and Road China tour run by the CCPIT Training Center, and the tour's first visit to Northeast China's traditional industrial heartland. Its purpose was to introduce Jilin, China's gateway to the north, to partners abroad and to give local governments and foreign business communities a lasting platform for working together.

It was aimed at government agencies, business associations and companies from Belt and Road countries, and at Jilin firms preparing to invest or trade abroad. The programme combined platform signings, one-to-one business talks, legal training on international investment and company visits.`,
      city: 'Changchun',
      venueName: 'Main conference venue, Changchun',
      venueAddress: 'Changchun, Jilin Province',
      coHosts: ['CCPIT Training Center', 'CCPIT Jilin Sub-council', 'Jilin Sub-chamber of the China Chamber of International Commerce'],
      reportHeadline: 'Belt and Road platform agreements signed with four Southeast Asian partners',
      report: `The conference opened in Changchun on 21 June 2018, bringing together representatives of governments, companies and business associations from 29 countries. The CCPIT Jilin Sub-council signed agreements to build Belt and Road cooperation platforms with the Vietnam Chamber of Commerce and Industry, the ASEAN Thailand Sub-association, the Thai-Chinese Rayong Industrial Zone and Sino-Laos Investment Co., Ltd.

During the business sessions, 93 representatives of business associations from Belt and Road countries held detailed talks with more than 60 Jilin companies, and several pairs signed letters of intent for initial cooperation. Leading international law firms gave seminars on the legal side of cross-border investment and on managing its risks, as practical training for Chinese companies going global.

After the sessions, the CCPIT Jilin Sub-council took participants to local companies, including CRRC Changchun Railway Vehicles.`,
      reportFigures: [
        { label: 'Countries represented', value: '29' },
        { label: 'Foreign business-association delegates', value: '93' },
        { label: 'Local companies in talks', value: '60+' },
        { label: 'Platform agreements signed', value: '4' },
      ],
    },
    ko: {
      title: '2018 ‘일대일로’ 국제 경제무역 협력 회의(창춘)',
      theme: '지린의 대외개방을 알리고 교류와 협력을 촉진하다',
      summary: '‘일대일로’ 연선 29개국의 정부·기업·경제단체 대표들이 창춘에서 지린성 기업들과 상담을 진행했으며, 협력 플랫폼 협약 4건이 체결되었습니다.',
      body: `이번 회의는 중국국제무역촉진위원회 연수센터가 주관하는 ‘일대일로’ 중국 순회 행사의 일환으로, 순회 행사가 중국 동북 전통 공업기지를 찾은 것은 이번이 처음입니다. 중국의 북방 개방 창구인 지린성을 해외 파트너에게 알리고, 지방정부와 외국 경제계가 지속적으로 협력할 수 있는 플랫폼을 마련하는 데 목적이 있습니다.

‘일대일로’ 연선 국가의 정부 기관, 경제단체, 기업과 해외 진출을 준비하는 지린성 기업을 대상으로 하며, 협력 플랫폼 협약 체결, 일대일 비즈니스 상담, 국제투자 법률 교육, 기업 시찰로 구성되었습니다.`,
      city: '창춘',
      venueName: '창춘 회의장',
      venueAddress: '지린성 창춘시',
      coHosts: ['중국국제무역촉진위원회 연수센터', '중국국제무역촉진위원회 지린성 분회', '중국국제상회 지린상회'],
      reportHeadline: '동남아 4개 기관과 ‘일대일로’ 협력 플랫폼 협약 체결',
      report: `회의는 2018년 6월 21일 창춘에서 개막했으며, 29개국의 정부·기업·경제단체 대표들이 참석했습니다. 중국국제무역촉진위원회 지린성 분회는 베트남상공회의소, 아세안 태국분회, 태국-중국 라용 공업단지, 중국-라오스 투자유한회사와 각각 ‘일대일로’ 협력 플랫폼 구축 협약을 체결했습니다.

비즈니스 상담에서는 연선 국가 경제단체 대표 93명이 지린성 기업 60여 개사와 심도 있는 상담을 진행했고, 일부는 초기 협력 의향서를 교환했습니다. 또한 유수의 국제 로펌이 초청되어 해외 투자·협력 과정의 법률 문제와 리스크 관리에 관한 강의를 통해 해외 진출을 준비하는 중국 기업에 실무 교육을 제공했습니다.

회의 후에는 지린성 분회가 참가자들과 함께 중국중차 창춘궤도객차를 비롯한 현지 기업을 방문했습니다.`,
      reportFigures: [
        { label: '참가국', value: '29' },
        { label: '연선 국가 경제단체 대표', value: '93' },
        { label: '상담 참가 현지 기업', value: '60+' },
        { label: '협력 플랫폼 협약', value: '4' },
      ],
    },
    ja: {
      title: '2018「一帯一路」国際経済貿易協力会議（長春）',
      theme: '吉林の対外開放を発信し、交流と協力を促進する',
      summary:
        '「一帯一路」沿線29か国の政府・企業・経済団体の代表が長春に集い、吉林省企業と商談を行いました。協力プラットフォームに関する協定4件が締結されました。',
      body: `本会議は、中国国際貿易促進委員会研修センターが主催する「一帯一路」中国巡回イベントの一環として開かれ、同イベントが中国東北部の旧工業基地を訪れるのはこれが初めてでした。中国の北方への開放の窓口である吉林省を海外のパートナーに紹介し、地方政府と海外経済界が継続的に協力できる場をつくることを目的としていました。

対象は「一帯一路」沿線国の政府機関・経済団体・企業、そして海外展開を目指す吉林省の企業です。協力プラットフォームの調印、個別商談会、国際投資に関する法務研修、企業視察で構成されました。`,
      city: '長春',
      venueName: '長春市内の会議場',
      venueAddress: '吉林省長春市',
      coHosts: ['中国国際貿易促進委員会研修センター', '中国国際貿易促進委員会吉林省分会', '中国国際商会吉林商会'],
      reportHeadline: '東南アジアの4機関と「一帯一路」協力プラットフォーム協定を締結',
      report: `会議は2018年6月21日に長春で開幕し、29か国の政府機関・企業・経済団体の代表が出席しました。中国国際貿易促進委員会吉林省分会は、ベトナム商工会議所、東南アジア諸国連合（ASEAN）タイ分会、タイ中ラヨーン工業団地、中国ラオス投資有限公司とそれぞれ「一帯一路」協力プラットフォームの構築に関する協定を結びました。

商談会では、沿線国の経済団体代表93名が吉林省内の60社以上と踏み込んだ協議を行い、一部では初期段階の協力に向けた意向書が交わされました。また、著名な国際法律事務所を講師に招き、国際投資・協力に関わる法律実務とリスク管理について、海外進出を目指す中国企業向けの研修が行われました。

会議終了後、吉林省分会は参加者を中国中車（CRRC）長春軌道客車をはじめとする地元企業の視察に案内しました。`,
      reportFigures: [
        { label: '参加国', value: '29' },
        { label: '沿線国の経済団体代表', value: '93' },
        { label: '商談に参加した地元企業', value: '60+' },
        { label: '締結されたプラットフォーム協定', value: '4' },
      ],
    },
    ru: {
      title: 'Международная конференция по торгово-экономическому сотрудничеству «Пояс и путь»\u00A0— 2018 (Чанчунь)',
      theme: 'Открытый Цзилинь: развиваем обмены и сотрудничество',
      summary:
        'Представители органов власти, компаний и деловых объединений 29 стран «Пояса и пути» провели в Чанчуне переговоры с цзилиньскими предприятиями; подписаны четыре соглашения о платформах сотрудничества.',
      body: `Конференция стала одним из этапов всекитайского турне «Пояс и путь», которое проводит Учебный центр Китайского комитета содействия развитию международной торговли (ККСМТ), и первым его этапом в старопромышленном регионе Северо-Восточного Китая. Её задача — представить зарубежным партнёрам провинцию Цзилинь как северные ворота Китая и создать постоянную площадку для сотрудничества местных властей с иностранными деловыми кругами.

Мероприятие было адресовано государственным структурам, деловым объединениям и компаниям из стран «Пояса и пути», а также цзилиньским предприятиям, которые готовятся к выходу на зарубежные рынки. В программу вошли подписание соглашений, деловые переговоры в формате «один на один», юридический семинар по международным инвестициям и посещение предприятий.`,
      city: 'Чанчунь',
      venueName: 'Конференц-площадка в Чанчуне',
      venueAddress: 'г. Чанчунь, провинция Цзилинь',
      coHosts: [
        'Учебный центр Китайского комитета содействия развитию международной торговли',
        'Цзилиньское отделение Китайского комитета содействия развитию международной торговли',
        'Цзилиньское отделение Китайской международной торговой палаты',
      ],
      reportHeadline: 'подписаны соглашения о платформах сотрудничества с четырьмя партнёрами из Юго-Восточной Азии',
      report: `Конференция открылась в Чанчуне 21 июня 2018 года; в ней приняли участие представители органов власти, компаний и деловых объединений 29 стран. Цзилиньское отделение ККСМТ подписало соглашения о создании платформ сотрудничества в рамках «Пояса и пути» с Торгово-промышленной палатой Вьетнама, Таиландским отделением ассоциации АСЕАН, таиландско-китайской промышленной зоной Районг и Китайско-лаосской инвестиционной компанией.

В ходе деловой части 93 представителя деловых объединений стран «Пояса и пути» провели обстоятельные переговоры более чем с 60 предприятиями провинции; по итогам ряда встреч подписаны письма о намерениях. Ведущие международные юридические фирмы прочитали лекции о правовых аспектах зарубежных инвестиций и управлении рисками — практический курс для китайских компаний, выходящих на внешние рынки.

После конференции Цзилиньское отделение ККСМТ организовало для участников посещение местных предприятий, в том числе Чанчуньского завода железнодорожных пассажирских вагонов (CRRC).`,
      reportFigures: [
        { label: 'Стран-участниц', value: '29' },
        { label: 'Представителей зарубежных деловых объединений', value: '93' },
        { label: 'Местных предприятий на переговорах', value: '60+' },
        { label: 'Подписанных соглашений о платформах', value: '4' },
      ],
    },
  },
  program: [
    {
      startsAt: '2018-06-21T09:00:00+08:00',
      endsAt: '2018-06-21T09:45:00+08:00',
      title: { zh: '开幕式', en: 'Opening ceremony', ko: '개막식', ja: '開会式', ru: 'Церемония открытия' },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2018-06-21T09:45:00+08:00',
      endsAt: '2018-06-21T10:30:00+08:00',
      title: {
        zh: '“一带一路”合作平台签约仪式',
        en: 'Signing of Belt and Road cooperation-platform agreements',
        ko: '‘일대일로’ 협력 플랫폼 협약 체결식',
        ja: '「一帯一路」協力プラットフォーム協定調印式',
        ru: 'Подписание соглашений о платформах сотрудничества «Пояс и путь»',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2018-06-21T14:00:00+08:00',
      endsAt: '2018-06-21T17:30:00+08:00',
      title: {
        zh: '沿线国家商协会与吉林企业一对一洽谈',
        en: 'One-to-one talks: Belt and Road business associations and Jilin companies',
        ko: '연선 국가 경제단체–지린성 기업 일대일 상담',
        ja: '沿線国経済団体と吉林省企業の個別商談会',
        ru: 'Переговоры «один на один»: деловые объединения стран «Пояса и пути» и компании Цзилиня',
      },
      room: { zh: '洽谈区', en: 'Business-talks area', ko: '상담 구역', ja: '商談エリア', ru: 'Зона переговоров' },
    },
    {
      startsAt: '2018-06-22T09:00:00+08:00',
      endsAt: '2018-06-22T11:30:00+08:00',
      title: {
        zh: '国际投资合作法律实务与风险防范培训',
        en: 'Training: international investment law and risk prevention',
        ko: '국제 투자·협력 법률 실무 및 리스크 관리 교육',
        ja: '研修：国際投資・協力の法律実務とリスク管理',
        ru: 'Семинар: право международных инвестиций и управление рисками',
      },
      speaker: {
        zh: '国际知名律师事务所律师',
        en: 'Lawyers from leading international law firms',
        ko: '유수 국제 로펌 변호사',
        ja: '著名国際法律事務所の弁護士',
        ru: 'Юристы ведущих международных юридических фирм',
      },
      room: { zh: '培训室', en: 'Seminar room', ko: '세미나실', ja: 'セミナールーム', ru: 'Зал для семинаров' },
    },
  ],
  visits: [
    {
      startsAt: '2018-06-22T13:30:00+08:00',
      endsAt: '2018-06-22T17:00:00+08:00',
      capacity: 40,
      title: {
        zh: '参观中车长春轨道客车股份有限公司',
        en: 'Visit to CRRC Changchun Railway Vehicles',
        ko: '중국중차 창춘궤도객차 방문',
        ja: '中国中車長春軌道客車の視察',
        ru: 'Посещение Чанчуньского завода железнодорожных пассажирских вагонов (CRRC)',
      },
      description: {
        zh: '走进我国重要的轨道客车研发制造基地，了解长春装备制造业的发展与国际合作。',
        en: "A look inside one of China's leading makers of rail passenger vehicles, and at Changchun's equipment-manufacturing industry and its international partnerships.",
        ko: '중국의 대표적인 철도 객차 연구개발·제조 기지를 찾아 창춘 장비제조업의 발전상과 국제협력 현황을 살펴봅니다.',
        ja: '中国有数の鉄道客車の研究開発・製造拠点を訪れ、長春の装備製造業の発展と国際協力について理解を深めます。',
        ru: 'Знакомство с одним из ведущих в Китае производителей пассажирского железнодорожного подвижного состава, а также с машиностроительным комплексом Чанчуня и его международными связями.',
      },
      meetingPoint: {
        zh: '大会会场正门',
        en: 'Main entrance of the conference venue',
        ko: '회의장 정문',
        ja: '会議場正面入口',
        ru: 'главный вход конференц-площадки',
      },
      transport: { zh: '大会专用大巴', en: 'Conference coach', ko: '전용 버스', ja: '専用バス', ru: 'Автобус организаторов' },
      stops: [
        {
          at: '2018-06-22T14:00:00+08:00',
          place: {
            zh: '中车长客展厅（长春市绿园区）',
            en: 'CRRC Changchun showroom (Lüyuan District, Changchun)',
            ko: '중국중차 창춘궤도객차 전시관(창춘시 뤼위안구)',
            ja: '中国中車長春軌道客車 展示ホール（長春市緑園区）',
            ru: 'Выставочный зал CRRC в Чанчуне (район Люйюань)',
          },
          activity: {
            zh: '听取企业概况及国际合作项目介绍',
            en: 'Company briefing and overview of international projects',
            ko: '기업 개요 및 국제협력 프로젝트 소개',
            ja: '企業概要と国際協力プロジェクトの説明',
            ru: 'Презентация компании и её международных проектов',
          },
        },
        {
          at: '2018-06-22T15:00:00+08:00',
          place: {
            zh: '总装生产车间',
            en: 'Final-assembly workshop',
            ko: '최종 조립 공장',
            ja: '最終組立工場',
            ru: 'Цех окончательной сборки',
          },
          activity: {
            zh: '参观轨道客车生产线',
            en: 'Walk along the passenger-car production line',
            ko: '철도 객차 생산라인 견학',
            ja: '鉄道客車の生産ライン見学',
            ru: 'Осмотр линии производства пассажирских вагонов',
          },
        },
      ],
    },
  ],
};
