import type { SeedEvent } from '@/db/seed/types';

export const event: SeedEvent = {
  slug: 'circum-bohai-trade-promotion-2021',
  kind: 'conference',
  status: 'published',
  startsAt: '2021-04-14T09:00:00+08:00',
  endsAt: '2021-04-14T17:30:00+08:00',
  timeZone: 'Asia/Shanghai',
  latitude: '39.0842',
  longitude: '117.2009',
  approvalMode: 'automatic',
  sourceLocale: 'en',
  translations: {
    zh: {
      title: '环渤海地区贸促系统工作会议暨“三北”地区贸促合作座谈会',
      theme: '汇聚区域动能，深化协同发展',
      summary: '14个省区市的贸促会代表在天津共商区域合作，联合签署天津倡议，并实地考察天津港和国家会展中心（天津）。',
      body: `会议是环渤海及华北、东北、西北（“三北”）地区贸促机构交流合作的平台。在加快构建新发展格局的背景下，与会各方围绕如何更好发挥贸促职能、加强区域国际经贸合作、推动产业协同发展进行研讨。

会议面向各省、自治区、直辖市及副省级城市的贸促会，吉林省和长春市贸促会均派代表参加。会议时值“十四五”开局之年，是区域贸促系统优势互补、形成合力的重要契机。`,
      city: '天津',
      venueName: '天津市',
      venueAddress: '',
      coHosts: ['环渤海及“三北”地区各省区市贸促会'],
      reportHeadline: '14家贸促机构共同签署《“三北”地区贸促系统推进国际经贸合作天津倡议》',
      report: `2021年4月14日，来自北京、天津、河北、内蒙古、山西、辽宁、山东、甘肃、吉林、大连、青岛、沈阳、济南、长春等14个省区市的50余名代表齐聚天津。天津市人民政府副秘书长、市政府办公厅副主任和北京市贸促会副会长出席会议并讲话。

各地贸促会代表交流了一年来在抗击新冠肺炎疫情的同时开展贸促工作的成效，并就加强区域协同发展建言献策。经过深入讨论，与会各方在共谋区域合作发展蓝图、共建国际经贸交流合作平台、共促重点国别和地区贸易投资合作、共享国际商事法律服务等方面达成广泛共识，并共同签署《“三北”地区贸促系统推进国际经贸合作天津倡议》，为下一步开展更加务实的合作打下基础。

会议期间，代表们参观了天津港和国家会展中心（天津），国家会展中心（天津）有限责任公司负责人介绍了项目情况。`,
      reportFigures: [
        { label: '参会代表', value: '50+' },
        { label: '参会省区市', value: '14' },
        { label: '联合签署倡议', value: '1' },
        { label: '达成共识领域', value: '4' },
      ],
    },
    en: {
      title: "Working Conference of the Circum-Bohai-Sea Trade Promotion System & Symposium on Trade Promotion Cooperation in the 'Three-North' Regions",
      theme: 'Converging regional momentum, deepening coordinated development',
      summary:
        'Trade-promotion bodies from 14 provinces, regions and cities met in Tianjin, signed the joint Tianjin Initiative and toured Tianjin Port and the National Convention and Exhibition Center (Tianjin).',
      body: `The meeting brings together the trade-promotion bodies of the Circum-Bohai-Sea area and of North, Northeast and Northwest China — the "Three-North" regions. With China building a new development pattern, participants discussed how trade promotion can do more, how to strengthen international economic and trade cooperation across the region and how to help industries develop in step.

It was intended for the CCPIT sub-councils of provinces, autonomous regions, municipalities and sub-provincial cities; both the Jilin and the Changchun councils sent representatives. Coming in the first year of the 14th Five-Year Plan, it was a chance for the region's councils to combine their strengths.`,
      city: 'Tianjin',
      venueName: 'Conference venue, Tianjin',
      venueAddress: 'Tianjin',
      coHosts: ["CCPIT sub-councils of the Circum-Bohai-Sea and 'Three-North' regions"],
      reportHeadline: "Fourteen trade-promotion councils sign the Tianjin Initiative on 'Three-North' cooperation",
      report: `On 14 April 2021, more than 50 representatives from 14 provinces, regions and cities — Beijing, Tianjin, Hebei, Inner Mongolia, Shanxi, Liaoning, Shandong, Gansu, Jilin, Dalian, Qingdao, Shenyang, Jinan and Changchun — met in Tianjin. Xu Jun, Deputy Secretary-General of the Tianjin Municipal Government and Deputy Director of its General Office, and Zhu Jialiang, Vice Chairman of CCPIT Beijing, attended and spoke.

Each council reported on what it had achieved in trade promotion while also coping with the COVID-19 pandemic, and offered proposals for closer coordination across the region. The discussions produced broad agreement in four areas: a shared blueprint for regional cooperation, a joint platform for international economic and trade exchange, joint promotion of trade and investment with key countries and regions, and shared international commercial and legal services. The participants then signed the Tianjin Initiative for the trade-promotion system to advance international economic and trade cooperation in the "Three-North" regions, laying the groundwork for more practical cooperation.

Delegates also toured Tianjin Port and the National Convention and Exhibition Center (Tianjin), where a manager of National Convention and Exhibition Center (Tianjin) Co., Ltd. presented the project.`,
      reportFigures: [
        { label: 'Representatives', value: '50+' },
        { label: 'Provinces, regions and cities', value: '14' },
        { label: 'Joint initiative signed', value: '1' },
        { label: 'Areas of consensus', value: '4' },
      ],
    },
    ko: {
      title: '환발해 지역 무역촉진 시스템 업무회의 및 ‘삼북’ 지역 무역촉진 협력 좌담회',
      theme: '지역의 동력을 모아 협동 발전을 심화하다',
      summary: '14개 성·자치구·시의 무역촉진기관 대표들이 톈진에 모여 공동으로 톈진 이니셔티브에 서명하고, 톈진항과 국가컨벤션전시센터(톈진)를 시찰했습니다.',
      body: `이 회의는 환발해 지역과 중국 화북·동북·서북, 이른바 ‘삼북’ 지역의 무역촉진기관이 한자리에 모이는 교류의 장입니다. 중국이 새로운 발전 구도를 구축하는 가운데, 참석자들은 무역촉진 기능을 더욱 효과적으로 발휘하고 지역 간 국제 경제무역 협력을 강화하며 산업의 협동 발전을 이끄는 방안을 논의했습니다.

각 성·자치구·직할시 및 부성급 도시의 무역촉진위원회 분회를 대상으로 하며, 중국국제무역촉진위원회 지린성 분회와 창춘시 분회도 대표를 파견했습니다. 제14차 5개년 계획의 첫해에 열린 이번 회의는 지역 무역촉진기관들이 강점을 결합하는 계기가 되었습니다.`,
      city: '톈진',
      venueName: '톈진 회의장',
      venueAddress: '톈진시',
      coHosts: ['환발해 및 ‘삼북’ 지역 각 성·시 무역촉진위원회 분회'],
      reportHeadline: '14개 무역촉진기관, ‘삼북’ 지역 협력을 위한 톈진 이니셔티브 공동 서명',
      report: `2021년 4월 14일, 베이징·톈진·허베이·네이멍구·산시(山西)·랴오닝·산둥·간쑤·지린·다롄·칭다오·선양·지난·창춘 등 14개 성·자치구·시에서 온 대표 50여 명이 톈진에 모였습니다. 쉬쥔 톈진시 인민정부 부비서장 겸 판공청 부주임과 주자량 중국국제무역촉진위원회 베이징시 분회 부회장이 참석해 연설했습니다.

각 분회 대표들은 코로나19 대응과 함께 추진해 온 무역촉진 사업의 성과를 소개하고, 지역 간 협동 발전 강화를 위한 의견을 제시했습니다. 심도 있는 논의 끝에 지역 협력 발전 청사진 공동 수립, 국제 경제무역 교류·협력 플랫폼 공동 구축, 주요 국가·지역과의 무역·투자 협력 공동 추진, 국제 상사 법률 서비스 공유 등 4개 분야에서 폭넓은 합의를 이루었으며, 《‘삼북’ 지역 무역촉진 시스템의 국제 경제무역 협력 추진을 위한 톈진 이니셔티브》에 공동 서명했습니다.

대표들은 톈진항과 국가컨벤션전시센터(톈진)도 시찰했으며, 국가컨벤션전시센터(톈진) 운영사 책임자가 프로젝트를 소개했습니다.`,
      reportFigures: [
        { label: '참석 대표', value: '50+' },
        { label: '참가 성·자치구·시', value: '14' },
        { label: '공동 서명 이니셔티브', value: '1' },
        { label: '합의 분야', value: '4' },
      ],
    },
    ja: {
      title: '環渤海地域貿易促進システム工作会議・「三北」地域貿易促進協力座談会',
      theme: '地域の原動力を結集し、協調発展を深める',
      summary: '14の省・自治区・市の貿易促進機関の代表が天津に集まり、天津イニシアティブに共同で署名したほか、天津港と国家会展センター（天津）を視察しました。',
      body: `本会議は、環渤海地域と中国の華北・東北・西北、いわゆる「三北」地域の貿易促進機関が一堂に会する交流の場です。新たな発展構造の構築が進むなか、参加者は貿易促進機能の一層の発揮、地域の国際経済貿易協力の強化、産業の協調発展の推進について意見を交わしました。

対象は各省・自治区・直轄市および副省級市の貿易促進委員会で、吉林省と長春市の貿易促進委員会も代表を派遣しました。第14次5か年計画の初年度に開かれ、地域の貿易促進機関が強みを補い合い、力を合わせる重要な機会となりました。`,
      city: '天津',
      venueName: '天津市内の会議場',
      venueAddress: '天津市',
      coHosts: ['環渤海・「三北」地域各省・自治区・市の貿易促進委員会'],
      reportHeadline: '14の貿易促進機関が「三北」地域協力に関する天津イニシアティブに共同署名',
      report: `2021年4月14日、北京、天津、河北、内モンゴル、山西、遼寧、山東、甘粛、吉林、大連、青島、瀋陽、済南、長春の14の省・自治区・市から50名以上の代表が天津に集まりました。天津市人民政府副秘書長（市政府弁公庁副主任を兼任）と北京市貿易促進委員会副会長が出席し、あいさつしました。

各地の代表は、新型コロナウイルス感染症への対応と並行して進めてきた貿易促進業務の成果を報告し、地域間の協調発展を強化するための提案を行いました。踏み込んだ議論を経て、地域協力の青写真づくり、国際経済貿易の交流・協力プラットフォームの共同構築、重点国・地域との貿易投資協力の共同推進、国際商事法律サービスの共有という4つの分野で幅広い合意に達し、『「三北」地域の貿易促進システムによる国際経済貿易協力推進に関する天津イニシアティブ』に共同で署名しました。

代表団は天津港と国家会展センター（天津）も視察し、同センターの運営会社の責任者からプロジェクトの説明を受けました。`,
      reportFigures: [
        { label: '参加代表', value: '50+' },
        { label: '参加した省・自治区・市', value: '14' },
        { label: '共同署名したイニシアティブ', value: '1' },
        { label: '合意分野', value: '4' },
      ],
    },
    ru: {
      title: 'Рабочее совещание системы содействия торговле региона Бохайского залива и симпозиум по сотрудничеству регионов «Трёх Северов»',
      theme: 'Объединяя силы регионов — углубляем скоординированное развитие',
      summary:
        'Представители органов содействия торговле 14 провинций, автономных районов и городов собрались в Тяньцзине, подписали совместную Тяньцзиньскую инициативу и посетили порт Тяньцзинь и Национальный конгрессно-выставочный центр (Тяньцзинь).',
      body: `Совещание объединяет органы содействия торговле региона Бохайского залива и так называемых «Трёх Северов» — Северного, Северо-Восточного и Северо-Западного Китая. В условиях формирования новой модели развития участники обсудили, как полнее использовать возможности содействия торговле, укреплять международное торгово-экономическое сотрудничество в регионе и добиваться согласованного развития отраслей.

Совещание предназначено для отделений ККСМТ провинций, автономных районов, городов центрального подчинения и городов субпровинциального уровня; свои делегации направили в том числе Цзилиньское и Чанчуньское отделения. Встреча пришлась на первый год 14-й пятилетки и позволила региональным отделениям объединить усилия.`,
      city: 'Тяньцзинь',
      venueName: 'Конференц-площадка в Тяньцзине',
      venueAddress: 'г. Тяньцзинь',
      coHosts: ['Отделения Китайского комитета содействия развитию международной торговли (ККСМТ) в регионе Бохайского залива и «Трёх Северов»'],
      reportHeadline: '14 отделений ККСМТ подписали Тяньцзиньскую инициативу о сотрудничестве регионов «Трёх Северов»',
      report: `14 апреля 2021 года в Тяньцзине собрались более 50 представителей 14 провинций, автономных районов и городов: Пекина, Тяньцзиня, Хэбэя, Внутренней Монголии, Шаньси, Ляонина, Шаньдуна, Ганьсу, Цзилиня, Даляня, Циндао, Шэньяна, Цзинаня и Чанчуня. С речами выступили Сюй Цзюнь, заместитель генерального секретаря Народного правительства города Тяньцзинь и заместитель руководителя его канцелярии, и Чжу Цзялян, заместитель председателя Пекинского отделения ККСМТ.

Представители отделений рассказали об итогах работы по содействию торговле, которую они вели параллельно с борьбой с пандемией COVID-19, и внесли предложения по углублению межрегиональной координации. В ходе обсуждения участники достигли широкого согласия по четырём направлениям: общий план регионального сотрудничества, совместная площадка для международных торгово-экономических обменов, совместное продвижение торговли и инвестиций с ключевыми странами и регионами, обмен международными коммерческими и юридическими услугами. Итогом стала подписанная всеми сторонами Тяньцзиньская инициатива о содействии системы ККСМТ международному торгово-экономическому сотрудничеству регионов «Трёх Северов».

Участники также посетили порт Тяньцзинь и Национальный конгрессно-выставочный центр (Тяньцзинь), где руководитель управляющей компании центра рассказал о проекте.`,
      reportFigures: [
        { label: 'Представителей', value: '50+' },
        { label: 'Провинций, районов и городов', value: '14' },
        { label: 'Совместная инициатива', value: '1' },
        { label: 'Направлений, по которым достигнуто согласие', value: '4' },
      ],
    },
  },
  program: [
    {
      startsAt: '2021-04-14T09:00:00+08:00',
      endsAt: '2021-04-14T09:30:00+08:00',
      title: { zh: '开幕及领导讲话', en: 'Opening and addresses', ko: '개회 및 연설', ja: '開会・あいさつ', ru: 'Открытие и выступления' },
      speaker: {
        zh: '天津市人民政府副秘书长；北京市贸促会副会长',
        en: 'Xu Jun, Tianjin Municipal Government; Zhu Jialiang, CCPIT Beijing',
        ko: '쉬쥔 톈진시 인민정부 부비서장, 주자량 중국국제무역촉진위원회 베이징시 분회 부회장',
        ja: '天津市人民政府副秘書長、北京市貿易促進委員会副会長',
        ru: 'Сюй Цзюнь (Народное правительство г. Тяньцзинь); Чжу Цзялян (Пекинское отделение ККСМТ)',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2021-04-14T09:30:00+08:00',
      endsAt: '2021-04-14T11:15:00+08:00',
      title: {
        zh: '各省区市贸促会工作交流',
        en: 'Reports from the 14 trade-promotion councils',
        ko: '14개 무역촉진기관 업무 교류',
        ja: '14の貿易促進機関による業務報告',
        ru: 'Доклады 14 отделений ККСМТ',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
    {
      startsAt: '2021-04-14T11:15:00+08:00',
      endsAt: '2021-04-14T12:00:00+08:00',
      title: {
        zh: '《“三北”地区贸促系统推进国际经贸合作天津倡议》签署',
        en: "Signing of the Tianjin Initiative on 'Three-North' cooperation",
        ko: '‘삼북’ 지역 협력 톈진 이니셔티브 서명',
        ja: '「三北」地域協力に関する天津イニシアティブ署名',
        ru: 'Подписание Тяньцзиньской инициативы о сотрудничестве «Трёх Северов»',
      },
      room: { zh: '主会场', en: 'Main hall', ko: '메인 홀', ja: 'メインホール', ru: 'Главный зал' },
    },
  ],
  visits: [
    {
      startsAt: '2021-04-14T13:30:00+08:00',
      endsAt: '2021-04-14T17:30:00+08:00',
      capacity: 50,
      title: {
        zh: '考察天津港和国家会展中心（天津）',
        en: 'Tour of Tianjin Port and the National Convention and Exhibition Center (Tianjin)',
        ko: '톈진항 및 국가컨벤션전시센터(톈진) 시찰',
        ja: '天津港・国家会展センター（天津）視察',
        ru: 'Посещение порта Тяньцзинь и Национального конгрессно-выставочного центра (Тяньцзинь)',
      },
      description: {
        zh: '实地了解北方重要港口的运营情况，以及国家级会展综合体的建设与运营。',
        en: "A close look at one of northern China's key ports and at a national-level convention and exhibition complex.",
        ko: '중국 북방의 주요 항만 운영 현황과 국가급 컨벤션·전시 복합시설을 현장에서 살펴봅니다.',
        ja: '中国北方の主要港の運営状況と、国家級コンベンション・展示施設の現場を見学します。',
        ru: 'Знакомство с работой одного из ключевых портов Северного Китая и с общенациональным конгрессно-выставочным комплексом.',
      },
      meetingPoint: {
        zh: '会场大堂',
        en: 'Lobby of the conference venue',
        ko: '회의장 로비',
        ja: '会議場ロビー',
        ru: 'холл конференц-площадки',
      },
      transport: { zh: '会议专用大巴', en: 'Conference coach', ko: '전용 버스', ja: '専用バス', ru: 'Автобус организаторов' },
      stops: [
        {
          at: '2021-04-14T14:15:00+08:00',
          place: {
            zh: '天津港（滨海新区）',
            en: 'Tianjin Port (Binhai New Area)',
            ko: '톈진항(빈하이신구)',
            ja: '天津港（浜海新区）',
            ru: 'Порт Тяньцзинь (новый район Биньхай)',
          },
          activity: {
            zh: '了解港口运营与物流服务',
            en: 'Briefing on port operations and logistics services',
            ko: '항만 운영 및 물류 서비스 소개',
            ja: '港湾運営と物流サービスの説明',
            ru: 'Рассказ о работе порта и логистических услугах',
          },
        },
        {
          at: '2021-04-14T16:00:00+08:00',
          place: {
            zh: '国家会展中心（天津），位于津南区',
            en: 'National Convention and Exhibition Center (Tianjin), Jinnan District',
            ko: '국가컨벤션전시센터(톈진)(진난구)',
            ja: '国家会展センター（天津、津南区）',
            ru: 'Национальный конгрессно-выставочный центр (Тяньцзинь), район Цзиньнань',
          },
          activity: {
            zh: '听取国家会展中心（天津）有限责任公司负责人介绍项目',
            en: 'Project presentation by National Convention and Exhibition Center (Tianjin) Co., Ltd.',
            ko: '운영사 책임자의 프로젝트 소개',
            ja: '運営会社の責任者によるプロジェクト説明',
            ru: 'Презентация проекта руководителем управляющей компании центра',
          },
        },
      ],
    },
  ],
};
