import type { SeedEvent } from '@/db/seed/types';

// Departure on Monday 9 January 2023 (Hunchun, 08:00 Beijing time = 10:00 Vladivostok time); five-day programme.
export const event: SeedEvent = {
  slug: 'jilin-delegation-russian-far-east-2023',
  kind: 'delegation',
  status: 'published',
  startsAt: '2023-01-09T10:00:00+10:00',
  endsAt: '2023-01-13T18:00:00+10:00',
  timeZone: 'Asia/Vladivostok',
  latitude: '43.1155',
  longitude: '131.8855',
  approvalMode: 'automatic',
  sourceLocale: 'en',
  translations: {
    zh: {
      title: '2023年吉林省赴俄罗斯远东经贸代表团',
      summary: '吉林省经贸代表团经珲春公路口岸出境，赴俄罗斯远东地区（以滨海边疆区为主）开展为期五天的经贸交流活动。',
      body: `正值共建“一带一路”倡议提出十周年，吉林省组织经贸代表团赴俄罗斯远东地区，以滨海边疆区为重点开展为期五天的经贸交流，这是吉林省推进对外开放合作的重要一步。

代表团由外贸企业代表和有关政府部门工作人员组成，交流内容涵盖商品贸易、国际物流、生物技术、食品加工和数字经济等领域，面向有意拓展对俄业务的吉林企业。`,
      city: '俄罗斯滨海边疆区',
      venueName: '滨海边疆区各交流地点',
      venueAddress: '俄罗斯滨海边疆区（自吉林省珲春公路口岸出境）',
      coHosts: ['吉林省商务厅'],
      reportHeadline: '珲春口岸恢复客运通关后首个赴俄经贸代表团启程',
      report: `2023年1月9日（星期一），吉林省经贸代表团从珲春公路口岸启程，赴俄罗斯远东开展为期五天的经贸交流。代表团共30余人，包括外贸企业代表和有关政府部门工作人员，主要在滨海边疆区围绕商品贸易、国际物流、生物技术、食品加工和数字经济等领域开展系列活动。

滨海边疆区商务主管部门高度重视此次来访，事先安排专人梳理中方企业的合作需求。这是珲春口岸恢复旅客通关后首个赴俄经贸代表团，对吉林打造向北开放窗口和东北亚合作中心具有重要意义。

据吉林省商务厅介绍，2022年1至11月，吉林省对俄货物进出口增长74%，创历史新高。下一步，吉林将积极参与中蒙俄经济走廊建设，加强与俄罗斯相关地区的沟通联系，拓展对外开放新通道，持续提升对俄经贸合作的水平和空间。`,
      reportFigures: [
        { label: '代表团人数', value: '30+' },
        { label: '活动天数', value: '5' },
        { label: '重点合作领域', value: '5' },
        { label: '2022年1—11月对俄货物进出口增幅', value: '74%' },
      ],
    },
    en: {
      title: 'Jilin Economic and Trade Delegation to the Russian Far East 2023',
      summary:
        'A Jilin business delegation crossed into Russia at Hunchun Land Port for five days of trade and investment meetings in the Russian Far East, mainly in Primorsky Krai.',
      body: `Organized in the year of the Belt and Road Initiative's tenth anniversary, this five-day mission took Jilin companies and officials to the Russian Far East, with Primorsky Krai as its main destination. It was an important step in the province's drive for openness and international cooperation.

The delegation was made up of foreign-trade companies and government staff, and was meant for Jilin businesses looking to grow their trade with Russia. Meetings covered commodity trade, international logistics, biotechnology, food processing and the digital economy.`,
      city: 'Primorsky Krai, Russia',
      venueName: 'Meeting venues across Primorsky Krai',
      venueAddress: 'Primorsky Krai, Russian Federation (departure via Hunchun Land Port, Jilin)',
      coHosts: ['Jilin Provincial Department of Commerce'],
      reportHeadline: 'First trade delegation to Russia since passenger traffic resumed at Hunchun port',
      report: `On Monday 9 January 2023 the Jilin economic and trade delegation set out from Hunchun Land Port for five days in the Russian Far East. Its more than 30 members, representatives of foreign-trade companies and government staff, held a series of meetings, mainly in Primorsky Krai, on commodity trade, international logistics, biotechnology, food processing and the digital economy.

The business authorities of Primorsky Krai gave the visit high priority and assigned dedicated staff to work through the Chinese companies' cooperation needs in advance. It was the first trade delegation to Russia since passenger crossings reopened at Hunchun port, a milestone for Jilin's role as China's window to the north and a hub of Northeast Asian cooperation.

According to the Jilin Provincial Department of Commerce, the province's goods trade with Russia rose by 74% in the first eleven months of 2022, a record. Jilin plans to take an active part in the China–Mongolia–Russia Economic Corridor, deepen contacts with Russian regions, open new channels for trade and keep raising the level of its economic cooperation with Russia.`,
      reportFigures: [
        { label: 'Delegation members', value: '30+' },
        { label: 'Days in Russia', value: '5' },
        { label: 'Focus sectors', value: '5' },
        { label: 'Growth in goods trade with Russia, Jan–Nov 2022', value: '74%' },
      ],
    },
    ko: {
      title: '2023 지린성 러시아 극동 경제무역 대표단',
      summary: '지린성 경제무역 대표단이 훈춘 육로 통상구를 통해 출국하여 러시아 극동, 주로 연해주에서 5일간 경제무역 교류 활동을 펼쳤습니다.',
      body: `‘일대일로’ 구상 제안 10주년을 맞아 지린성은 연해주를 중심으로 러시아 극동 지역에 5일 일정의 경제무역 대표단을 파견했습니다. 이는 지린성이 대외개방과 협력을 한층 확대하기 위한 중요한 행보입니다.

대표단은 수출입 기업 대표와 관계 정부 부서 직원으로 구성되었으며, 러시아와의 거래 확대를 모색하는 지린성 기업을 위한 일정이었습니다. 상품 무역, 국제 물류, 바이오 기술, 식품 가공, 디지털 경제 분야의 교류가 진행되었습니다.`,
      city: '러시아 연해주',
      venueName: '연해주 내 각 교류 장소',
      venueAddress: '러시아 연해주(지린성 훈춘 육로 통상구를 통해 출국)',
      coHosts: ['지린성 상무청'],
      reportHeadline: '훈춘 통상구 여객 통관 재개 후 첫 방러 경제무역 대표단 출발',
      report: `2023년 1월 9일(월) 지린성 경제무역 대표단이 훈춘 육로 통상구를 출발해 러시아 극동에서 5일간의 경제무역 교류에 나섰습니다. 수출입 기업 대표와 관계 정부 부서 직원 등 30여 명으로 구성된 대표단은 주로 연해주에서 상품 무역, 국제 물류, 바이오 기술, 식품 가공, 디지털 경제 분야의 활동을 이어갔습니다.

연해주 경제 담당 부서는 이번 방문을 매우 중시하여 전담 인력을 배정하고 중국 기업들의 협력 수요를 사전에 정리했습니다. 이번 대표단은 훈춘 통상구의 여객 통관이 재개된 이후 러시아를 찾은 첫 경제무역 대표단으로, 지린성이 북방 개방의 창구이자 동북아 협력의 중심으로 자리매김하는 데 큰 의미가 있습니다.

지린성 상무청에 따르면 2022년 1~11월 지린성의 대러시아 상품 수출입액은 전년 동기 대비 74% 증가하여 역대 최고치를 기록했습니다. 지린성은 앞으로 중·몽·러 경제회랑 건설에 적극 참여하고, 러시아 관련 지역과의 소통을 강화하며, 새로운 대외개방 통로를 넓혀 대러 경제무역 협력의 수준을 꾸준히 높여 나갈 계획입니다.`,
      reportFigures: [
        { label: '대표단 인원', value: '30+' },
        { label: '일정(일)', value: '5' },
        { label: '중점 협력 분야', value: '5' },
        { label: '2022년 1~11월 대러 상품 교역 증가율', value: '74%' },
      ],
    },
    ja: {
      title: '2023年吉林省経済貿易代表団 ロシア極東訪問',
      summary: '吉林省の経済貿易代表団が琿春の道路国境検問所（琿春口岸）から出国し、ロシア極東（主に沿海地方）で5日間にわたる経済貿易交流を行いました。',
      body: `「一帯一路」構想の提唱から10周年を迎えた年に、吉林省は沿海地方を中心とするロシア極東に5日間の経済貿易代表団を派遣しました。同省が対外開放と国際協力を進めるうえで重要な一歩となる取り組みです。

代表団は貿易企業の代表と関係する政府部門の職員で構成され、ロシアとの取引拡大を目指す吉林省の企業を対象としていました。商品貿易、国際物流、バイオテクノロジー、食品加工、デジタル経済の各分野で交流が行われました。`,
      city: 'ロシア・沿海地方',
      venueName: '沿海地方内の各交流会場',
      venueAddress: 'ロシア・沿海地方（吉林省の琿春口岸から出国）',
      coHosts: ['吉林省商務庁'],
      reportHeadline: '琿春口岸の旅客通関再開後、初のロシア向け経済貿易代表団が出発',
      report: `2023年1月9日（月）、吉林省経済貿易代表団が琿春口岸（道路国境検問所）を出発し、ロシア極東での5日間の経済貿易交流に臨みました。貿易企業の代表と関係政府部門の職員ら30名以上からなる代表団は、主に沿海地方で商品貿易、国際物流、バイオテクノロジー、食品加工、デジタル経済に関する一連の活動を行いました。

沿海地方の経済担当部門は今回の訪問を重視し、専任の担当者を置いて中国企業の協力ニーズを事前に取りまとめました。琿春口岸の旅客通関が再開されてから初めてロシアを訪れた経済貿易代表団であり、吉林省が北への開放の窓口、北東アジア協力の拠点としての役割を高めるうえで大きな意義を持ちます。

吉林省商務庁によると、2022年1～11月の同省の対ロシア物品貿易額は前年同期比74％増と過去最高を記録しました。同省は今後、中国・モンゴル・ロシア経済回廊の建設に積極的に参加し、ロシアの関係地域との交流を深め、対外開放の新たなルートを広げながら、ロシアとの経済貿易協力の水準を高めていく方針です。`,
      reportFigures: [
        { label: '代表団の人数', value: '30+' },
        { label: '日程', value: '5日間' },
        { label: '重点協力分野', value: '5' },
        { label: '2022年1～11月の対ロシア物品貿易の伸び率', value: '74％' },
      ],
    },
    ru: {
      title: 'Торгово-экономическая делегация провинции Цзилинь на Дальнем Востоке России (2023)',
      summary:
        'Торгово-экономическая делегация провинции Цзилинь пересекла границу через пункт пропуска Хуньчунь и провела пять дней деловых встреч на Дальнем Востоке России, главным образом в Приморском крае.',
      body: `В год десятилетия инициативы «Пояс и путь» провинция Цзилинь направила на Дальний Восток России, прежде всего в Приморский край, пятидневную торгово-экономическую миссию. Поездка стала важным шагом провинции на пути к большей открытости и международному сотрудничеству.

В состав делегации вошли представители внешнеторговых компаний и сотрудники профильных государственных ведомств. Миссия была рассчитана на цзилиньские предприятия, которые стремятся расширить торговлю с Россией; встречи касались товарной торговли, международной логистики, биотехнологий, пищевой промышленности и цифровой экономики.`,
      city: 'Приморский край',
      venueName: 'Площадки деловых встреч в Приморском крае',
      venueAddress: 'Приморский край, Российская Федерация (выезд через пункт пропуска Хуньчунь, провинция Цзилинь)',
      coHosts: ['Департамент коммерции провинции Цзилинь'],
      reportHeadline: 'первая торговая делегация в Россию после возобновления пассажирского сообщения через пункт пропуска Хуньчунь',
      report: `В понедельник, 9 января 2023 года, торгово-экономическая делегация провинции Цзилинь отправилась через автомобильный пункт пропуска Хуньчунь в пятидневную поездку на Дальний Восток России. Более 30 её участников — представители внешнеторговых компаний и сотрудники государственных ведомств — провели серию встреч, главным образом в Приморском крае, по вопросам товарной торговли, международной логистики, биотехнологий, пищевой промышленности и цифровой экономики.

Профильное ведомство Приморского края уделило визиту особое внимание и заранее выделило сотрудников для проработки запросов китайских компаний о сотрудничестве. Это первая торгово-экономическая делегация, посетившая Россию после возобновления пассажирского сообщения через пункт пропуска Хуньчунь; её поездка важна для того, чтобы Цзилинь укрепил свою роль «северных ворот» Китая и центра сотрудничества в Северо-Восточной Азии.

По данным Департамента коммерции провинции Цзилинь, за январь — ноябрь 2022 года товарооборот провинции с Россией вырос на 74% и достиг рекордного уровня. В дальнейшем провинция намерена активно участвовать в создании экономического коридора Китай — Монголия — Россия, расширять контакты с российскими регионами, открывать новые каналы внешних связей и последовательно наращивать торгово-экономическое сотрудничество с Россией.`,
      reportFigures: [
        { label: 'Участников делегации', value: '30+' },
        { label: 'Дней программы', value: '5' },
        { label: 'Приоритетных отраслей', value: '5' },
        { label: 'Рост товарооборота с Россией, январь — ноябрь 2022 г.', value: '74%' },
      ],
    },
  },
  program: [
    {
      startsAt: '2023-01-09T10:00:00+10:00',
      title: {
        zh: '代表团经珲春公路口岸出境',
        en: 'Delegation crosses the border at Hunchun Land Port',
        ko: '대표단 훈춘 육로 통상구 출국',
        ja: '代表団、琿春口岸（道路国境検問所）から出国',
        ru: 'Пересечение границы через пункт пропуска Хуньчунь',
      },
      room: {
        zh: '珲春公路口岸',
        en: 'Hunchun Land Port',
        ko: '훈춘 육로 통상구',
        ja: '琿春口岸（道路国境検問所）',
        ru: 'Пункт пропуска Хуньчунь',
      },
    },
    {
      startsAt: '2023-01-10T10:00:00+10:00',
      endsAt: '2023-01-10T17:00:00+10:00',
      title: {
        zh: '商品贸易与国际物流对接交流',
        en: 'Meetings on commodity trade and international logistics',
        ko: '상품 무역·국제 물류 분야 교류',
        ja: '商品貿易・国際物流に関する交流',
        ru: 'Встречи по товарной торговле и международной логистике',
      },
    },
    {
      startsAt: '2023-01-11T10:00:00+10:00',
      endsAt: '2023-01-12T17:00:00+10:00',
      title: {
        zh: '生物技术、食品加工和数字经济领域交流',
        en: 'Sector meetings: biotechnology, food processing and the digital economy',
        ko: '바이오 기술·식품 가공·디지털 경제 분야 교류',
        ja: 'バイオテクノロジー・食品加工・デジタル経済分野の交流',
        ru: 'Отраслевые встречи: биотехнологии, пищевая промышленность, цифровая экономика',
      },
    },
  ],
  visits: [],
};
