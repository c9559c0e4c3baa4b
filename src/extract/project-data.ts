// Data: donor programmes and projects of the reform known by name, with their funders and implementers.

export interface KnownProject {
  name: string;
  nameEn?: string;
  /** Exact word forms (Latin names do not inflect; Ukrainian short names are listed as written). */
  aliases: string[];
  funders: string[];
  implementers: string[];
}

export const KNOWN_PROJECTS: readonly KnownProject[] = [
  { name: 'U-LEAD з Європою', nameEn: 'U-LEAD with Europe', aliases: ['U-LEAD', 'U-LEAD with Europe', 'У-ЛІД'], funders: ['Європейський Союз', 'Уряд Німеччини'], implementers: ['Німецьке товариство міжнародного співробітництва'] },
  { name: 'Polaris', nameEn: 'Polaris', aliases: ['Polaris', 'Поларіс'], funders: ['Уряд Швеції', 'Швеція'], implementers: [] },
  { name: 'DECIDE', nameEn: 'DECIDE', aliases: ['DECIDE'], funders: ['Уряд Швейцарії', 'Швейцарія'], implementers: [] },
  { name: 'PROSTO', nameEn: 'PROSTO', aliases: ['PROSTO', 'ПРОСТО'], funders: ['Уряд Швеції', 'Швеція'], implementers: [] },
  { name: 'DOBRE', nameEn: 'DOBRE', aliases: ['DOBRE', 'ДОБРЕ'], funders: ['Агентство США з міжнародного розвитку'], implementers: [] },
  { name: 'HOVERLA', nameEn: 'HOVERLA', aliases: ['HOVERLA', 'ГОВЕРЛА'], funders: ['Агентство США з міжнародного розвитку'], implementers: [] },
  { name: 'ПУЛЬС', nameEn: 'PULSE', aliases: ['ПУЛЬС', 'PULSE'], funders: [], implementers: [] },
  { name: 'Cities4Cities', nameEn: 'Cities4Cities', aliases: ['Cities4Cities'], funders: [], implementers: [] },
];
