// Data: the gazetteer of organisations the reform news keeps naming, with canonical names, kinds and aliases.
import type { ActorKind } from '../facts/schema.js';

export interface KnownOrg {
  /** Canonical Ukrainian nominative name. */
  name: string;
  kind: ActorKind;
  nameEn?: string;
  /** Other names: nominative Ukrainian or English forms (inflections match by stem) and abbreviations (exact). */
  aliases: string[];
}

export const KNOWN_ORGS: readonly KnownOrg[] = [
  { name: 'Асоціація міст України', kind: 'ASSOCIATION', nameEn: 'Association of Ukrainian Cities', aliases: ['АМУ', 'AUC', 'Association of Ukrainian Cities'] },
  { name: 'Всеукраїнська асоціація громад', kind: 'ASSOCIATION', nameEn: 'All-Ukrainian Association of Hromadas', aliases: ['ВАГ', 'AAH', 'All-Ukrainian Association of Hromadas', 'Асоціація ОТГ', 'Асоціація об\'єднаних територіальних громад'] },
  { name: 'Українська асоціація районних та обласних рад', kind: 'ASSOCIATION', nameEn: 'Ukrainian Association of District and Regional Councils', aliases: ['УАРОР'] },
  { name: 'Асоціація сільських, селищних рад та громад України', kind: 'ASSOCIATION', aliases: ['АССР'] },
  { name: 'Міністерство цифрової трансформації України', kind: 'MINISTRY', nameEn: 'Ministry of Digital Transformation of Ukraine', aliases: ['Мінцифри', 'Міністерство цифрової трансформації', 'Ministry of Digital Transformation'] },
  { name: 'Міністерство розвитку громад та територій України', kind: 'MINISTRY', nameEn: 'Ministry for Communities and Territories Development of Ukraine', aliases: ['Мінрегіон', 'Мінрозвитку громад', 'Мінрозвитку', 'Міністерство розвитку громад та територій', 'Міністерство розвитку громад і територій', 'Ministry for Communities and Territories Development', 'Ministry of Communities and Territories Development', 'Міністерство регіонального розвитку, будівництва та житлово-комунального господарства України', 'Мінрегіонбуд'] },
  { name: 'Міністерство розвитку громад, територій та інфраструктури України', kind: 'MINISTRY', nameEn: 'Ministry for Communities, Territories and Infrastructure Development of Ukraine', aliases: ['Мінінфраструктури', 'Мінвідновлення', 'Міністерство розвитку громад, територій та інфраструктури', 'Ministry for Restoration', 'Ministry for Communities, Territories and Infrastructure Development'] },
  { name: 'Міністерство соціальної політики України', kind: 'MINISTRY', nameEn: 'Ministry of Social Policy of Ukraine', aliases: ['Мінсоцполітики', 'Міністерство соціальної політики', 'Ministry of Social Policy', 'MoSP'] },
  { name: 'Міністерство освіти і науки України', kind: 'MINISTRY', nameEn: 'Ministry of Education and Science of Ukraine', aliases: ['МОН', 'МОН України', 'Міністерство освіти і науки', 'Міністерство освіти та науки', 'Ministry of Education and Science'] },
  { name: 'Міністерство фінансів України', kind: 'MINISTRY', nameEn: 'Ministry of Finance of Ukraine', aliases: ['Мінфін', 'Міністерство фінансів', 'Ministry of Finance'] },
  { name: 'Міністерство охорони здоров\'я України', kind: 'MINISTRY', nameEn: 'Ministry of Health of Ukraine', aliases: ['МОЗ', 'Міністерство охорони здоров\'я', 'Ministry of Health'] },
  { name: 'Міністерство юстиції України', kind: 'MINISTRY', nameEn: 'Ministry of Justice of Ukraine', aliases: ['Мін\'юст', 'Міністерство юстиції', 'Ministry of Justice'] },
  { name: 'Міністерство економіки України', kind: 'MINISTRY', nameEn: 'Ministry of Economy of Ukraine', aliases: ['Мінекономіки', 'Міністерство економіки', 'Ministry of Economy'] },
  { name: 'Міністерство закордонних справ України', kind: 'MINISTRY', nameEn: 'Ministry of Foreign Affairs of Ukraine', aliases: ['МЗС', 'Міністерство закордонних справ', 'Ministry of Foreign Affairs'] },
  { name: 'Міністерство внутрішніх справ України', kind: 'MINISTRY', nameEn: 'Ministry of Internal Affairs of Ukraine', aliases: ['МВС', 'Міністерство внутрішніх справ', 'Ministry of Internal Affairs'] },
  { name: 'Міністерство у справах ветеранів України', kind: 'MINISTRY', nameEn: 'Ministry of Veterans Affairs of Ukraine', aliases: ['Мінветеранів', 'Міністерство у справах ветеранів', 'Ministry of Veterans Affairs'] },
  { name: 'Міністерство аграрної політики та продовольства України', kind: 'MINISTRY', nameEn: 'Ministry of Agrarian Policy and Food of Ukraine', aliases: ['Мінагрополітики', 'Міністерство аграрної політики та продовольства', 'Ministry of Agrarian Policy and Food'] },
  { name: 'Міністерство енергетики України', kind: 'MINISTRY', nameEn: 'Ministry of Energy of Ukraine', aliases: ['Міненерго', 'Міністерство енергетики', 'Ministry of Energy'] },
  { name: 'Міністерство культури та інформаційної політики України', kind: 'MINISTRY', nameEn: 'Ministry of Culture and Information Policy of Ukraine', aliases: ['Мінкульт', 'МКІП', 'Міністерство культури та інформаційної політики', 'Міністерство культури'] },
  { name: 'Міністерство захисту довкілля та природних ресурсів України', kind: 'MINISTRY', aliases: ['Мінприроди', 'Міністерство захисту довкілля та природних ресурсів'] },
  { name: 'Міністерство оборони України', kind: 'MINISTRY', nameEn: 'Ministry of Defence of Ukraine', aliases: ['Міноборони', 'Міністерство оборони', 'Ministry of Defence'] },
  { name: 'Міністерство з питань реінтеграції тимчасово окупованих територій України', kind: 'MINISTRY', aliases: ['Мінреінтеграції', 'Міністерство з питань реінтеграції тимчасово окупованих територій'] },
  { name: 'Офіс Президента України', kind: 'GOVERNMENT_BODY', nameEn: 'Office of the President of Ukraine', aliases: ['ОПУ', 'ОП', 'Офіс Президента', 'Office of the President of Ukraine', 'Office of the President', 'Presidential Office'] },
  { name: 'Кабінет Міністрів України', kind: 'GOVERNMENT_BODY', nameEn: 'Cabinet of Ministers of Ukraine', aliases: ['КМУ', 'Кабмін', 'Уряд України', 'Cabinet of Ministers of Ukraine', 'Cabinet of Ministers', 'Government of Ukraine'] },
  { name: 'Верховна Рада України', kind: 'GOVERNMENT_BODY', nameEn: 'Verkhovna Rada of Ukraine', aliases: ['ВРУ', 'Верховна Рада', 'Verkhovna Rada', 'Парламент України', 'Ukrainian Parliament'] },
  { name: 'Верховний Суд', kind: 'COURT', nameEn: 'Supreme Court of Ukraine', aliases: ['Верховний Суд України', 'Supreme Court of Ukraine', 'Supreme Court'] },
  { name: 'Конституційний Суд України', kind: 'COURT', nameEn: 'Constitutional Court of Ukraine', aliases: ['КСУ', 'Конституційний Суд', 'Constitutional Court of Ukraine'] },
  { name: 'Національне агентство України з питань державної служби', kind: 'GOVERNMENT_BODY', nameEn: 'National Agency of Ukraine on Civil Service', aliases: ['НАДС', 'NACS'] },
  { name: 'Рахункова палата', kind: 'GOVERNMENT_BODY', nameEn: 'Accounting Chamber of Ukraine', aliases: ['Рахункова палата України'] },
  { name: 'Центр надання адміністративних послуг', kind: 'OTHER', nameEn: 'Administrative Service Centre', aliases: ['ЦНАП', 'ЦНАПи', 'Центр надання адміністративних послуг'] },
  { name: 'Світовий банк', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'World Bank', aliases: ['World Bank', 'Група Світового банку'] },
  { name: 'Рада Європи', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'Council of Europe', aliases: ['Council of Europe'] },
  { name: 'Конгрес місцевих та регіональних влад Ради Європи', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'Congress of Local and Regional Authorities of the Council of Europe', aliases: ['Конгрес місцевих і регіональних влад Ради Європи', 'Congress of Local and Regional Authorities'] },
  { name: 'Європейська Комісія', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'European Commission', aliases: ['ЄК', 'Єврокомісія', 'European Commission', 'Європейська комісія'] },
  { name: 'Європейський Союз', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'European Union', aliases: ['ЄС', 'EU', 'Євросоюз', 'European Union', 'Європейський союз'] },
  { name: 'Представництво Європейського Союзу в Україні', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'Delegation of the European Union to Ukraine', aliases: ['Представництво ЄС в Україні', 'Представництво ЄС', 'EU Delegation to Ukraine', 'Delegation of the European Union to Ukraine'] },
  { name: 'ПРООН', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'UNDP', aliases: ['UNDP', 'Програма розвитку ООН', 'United Nations Development Programme'] },
  { name: 'Організація Об\'єднаних Націй', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'United Nations', aliases: ['ООН', 'UN', 'United Nations'] },
  { name: 'ОБСЄ', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'OSCE', aliases: ['OSCE'] },
  { name: 'USAID', kind: 'DONOR', nameEn: 'USAID', aliases: ['Агентство США з міжнародного розвитку', 'U.S. Agency for International Development', 'United States Agency for International Development'] },
  { name: 'GIZ', kind: 'DONOR', nameEn: 'GIZ', aliases: ['Німецьке товариство міжнародного співробітництва', 'Deutsche Gesellschaft für Internationale Zusammenarbeit'] },
  { name: 'Уряд Швеції', kind: 'DONOR', nameEn: 'Government of Sweden', aliases: ['Government of Sweden', 'Swedish Government', 'шведський уряд'] },
  { name: 'Шведське агентство міжнародного співробітництва та розвитку', kind: 'DONOR', nameEn: 'Sida', aliases: ['Sida', 'SIDA'] },
  { name: 'Уряд Німеччини', kind: 'DONOR', nameEn: 'Government of Germany', aliases: ['Government of Germany', 'German Government', 'Федеральний уряд Німеччини'] },
  { name: 'Уряд Швейцарії', kind: 'DONOR', nameEn: 'Government of Switzerland', aliases: ['Swiss Government', 'Government of Switzerland'] },
  { name: 'Швейцарська агенція розвитку та співробітництва', kind: 'DONOR', nameEn: 'Swiss Agency for Development and Cooperation', aliases: ['SDC', 'Swiss Agency for Development and Cooperation'] },
  { name: 'Уряд Канади', kind: 'DONOR', nameEn: 'Government of Canada', aliases: ['Government of Canada'] },
  { name: 'Уряд Великої Британії', kind: 'DONOR', nameEn: 'UK Government', aliases: ['UK Government', 'Government of the United Kingdom'] },
  { name: 'SKL International', kind: 'NGO', nameEn: 'SKL International', aliases: [] },
  { name: 'Європейський інвестиційний банк', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'European Investment Bank', aliases: ['ЄІБ', 'EIB', 'European Investment Bank'] },
  { name: 'Європейський банк реконструкції та розвитку', kind: 'INTERNATIONAL_ORGANIZATION', nameEn: 'European Bank for Reconstruction and Development', aliases: ['ЄБРР', 'EBRD'] },
  { name: 'Київська міська державна адміністрація', kind: 'LOCAL_ADMINISTRATION', nameEn: 'Kyiv City State Administration', aliases: ['КМДА', 'Kyiv City State Administration'] },
  { name: 'Київська міська рада', kind: 'COUNCIL', nameEn: 'Kyiv City Council', aliases: ['Київрада', 'Kyiv City Council'] },
  { name: 'Центр аналізу та розробки політик', kind: 'NGO', aliases: [] },
  { name: 'Фонд сприяння місцевому самоврядуванню України', kind: 'NGO', aliases: [] },
];
