// Data: common foreign given names (Latin spelling → the Ukrainian spelling Ukrainian media use), with the
// language they come from, which also guides how a surname without telling letters is transcribed.

/** Languages whose transcription rules differ. */
export type NameLang = 'en' | 'de' | 'nl' | 'sv' | 'fi' | 'pl' | 'cs' | 'fr' | 'es' | 'it' | 'lt' | 'et';

/** Lines of `lang: Latin=Ukrainian ...`. */
const DATA = `
en: Brian=Браян Bryan=Браян Barry=Баррі Karen=Карен Lindsay=Ліндсі Lindsey=Ліндсі John=Джон James=Джеймс Michael=Майкл
en: David=Девід Robert=Роберт William=Вільям Richard=Річард Joseph=Джозеф Thomas=Томас Charles=Чарльз Christopher=Крістофер
en: Daniel=Деніел Matthew=Метью Anthony=Ентоні Mark=Марк Donald=Дональд Steven=Стівен Stephen=Стівен Paul=Пол Andrew=Ендрю
en: Joshua=Джошуа Kevin=Кевін George=Джордж Timothy=Тімоті Ronald=Рональд Edward=Едвард Jason=Джейсон Jeffrey=Джеффрі
en: Ryan=Раян Jacob=Джейкоб Gary=Гері Nicholas=Ніколас Eric=Ерік Jonathan=Джонатан Larry=Ларрі Justin=Джастін Scott=Скотт
en: Frank=Френк Benjamin=Бенджамін Gregory=Грегорі Samuel=Семюел Raymond=Реймонд Patrick=Патрік Alexander=Александер
en: Jack=Джек Dennis=Денніс Jerry=Джеррі Tyler=Тайлер Aaron=Аарон Henry=Генрі Adam=Адам Douglas=Дуглас Nathan=Натан
en: Peter=Пітер Zachary=Закарі Kyle=Кайл Noah=Ноа Alan=Алан Ethan=Ітан Jeremy=Джеремі Keith=Кіт Christian=Крістіан
en: Roger=Роджер Terry=Террі Sean=Шон Gerald=Джеральд Harold=Гарольд Carl=Карл Arthur=Артур Lawrence=Лоуренс Dylan=Ділан
en: Jesse=Джессі Jordan=Джордан Bryce=Брайс Philip=Філіп Craig=Крейг Simon=Саймон Martin=Мартін Neil=Ніл Colin=Колін
en: Mary=Мері Patricia=Патриція Jennifer=Дженніфер Linda=Лінда Elizabeth=Елізабет Barbara=Барбара Susan=Сьюзен
en: Jessica=Джессіка Sarah=Сара Nancy=Ненсі Lisa=Ліза Betty=Бетті Margaret=Маргарет Sandra=Сандра Ashley=Ешлі
en: Kimberly=Кімберлі Emily=Емілі Donna=Донна Michelle=Мішель Carol=Керол Amanda=Аманда Melissa=Мелісса Deborah=Дебора
en: Stephanie=Стефані Rebecca=Ребекка Sharon=Шерон Laura=Лора Cynthia=Синтія Kathleen=Кетлін Amy=Емі Angela=Анджела
en: Shirley=Ширлі Anna=Анна Brenda=Бренда Pamela=Памела Emma=Емма Nicole=Ніколь Helen=Гелен Samantha=Саманта
en: Katherine=Кетрін Christine=Крістін Debra=Дебра Rachel=Рейчел Carolyn=Керолін Janet=Джанет Catherine=Кетрін
en: Maria=Марія Heather=Гізер Diane=Даян Julie=Джулі Joyce=Джойс Victoria=Вікторія Kelly=Келлі Christina=Крістіна
en: Joan=Джоан Evelyn=Евелін Lauren=Лорен Judith=Джудіт Olivia=Олівія Megan=Меган Cheryl=Шеріл Andrea=Андреа
en: Hannah=Ганна Jacqueline=Жаклін Martha=Марта Gloria=Глорія Teresa=Тереза Ann=Енн Sara=Сара Madison=Медісон
en: Frances=Френсіс Kathryn=Кетрін Janice=Дженіс Jean=Джин Abigail=Ебігейл Alice=Еліс Judy=Джуді Sophia=Софія
en: Grace=Грейс Denise=Деніз Amber=Ембер Doris=Доріс Marilyn=Мерилін Danielle=Даніель Beverly=Беверлі Isabella=Ізабелла
en: Theresa=Тереза Diana=Діана Natalie=Наталі Brittany=Бріттані Charlotte=Шарлотта Marie=Марі Kayla=Кейла Alexis=Алексіс
en: Lori=Лорі Gillian=Джилліан Fiona=Фіона Siobhan=Шивон Eileen=Айлін Sheila=Шейла Claire=Клер Louise=Луїза
de: Matthias=Маттіас Mathias=Матіас Gerhard=Герхард Andreas=Андреас Reto=Рето Beat=Беат Bernd=Бернд Lukas=Лукас
de: Markus=Маркус Michael=Міхаель Thomas=Томас Stefan=Штефан Jürgen=Юрген Klaus=Клаус Wolfgang=Вольфганг Dieter=Дітер
de: Günter=Гюнтер Günther=Гюнтер Hans=Ганс Uwe=Уве Frank=Франк Jörg=Йорг Ralf=Ральф Helmut=Гельмут Manfred=Манфред
de: Horst=Горст Peter=Петер Christian=Крістіан Tobias=Тобіас Florian=Флоріан Sebastian=Себастьян Johannes=Йоганнес
de: Martin=Мартін Alexander=Александер Heinz=Гайнц Rolf=Рольф Werner=Вернер Kurt=Курт Karl=Карл Ulrich=Ульріх
de: Dirk=Дірк Jens=Єнс Jan=Ян Felix=Фелікс Moritz=Моріц Maximilian=Максиміліан Philipp=Філіпп Oliver=Олівер
de: Urs=Урс Ueli=Уелі Beat=Беат Peter=Петер Rolf=Рольф Hanspeter=Ганспетер Christoph=Крістоф Georg=Георг Jakob=Якоб
de: Katrin=Катрін Claudia=Клаудія Corinne=Корінна Corinna=Корінна Ursula=Урсула Sabine=Сабіне Petra=Петра
de: Monika=Моніка Andrea=Андреа Susanne=Сузанне Birgit=Біргіт Gabriele=Габріеле Karin=Карін Renate=Ренате
de: Brigitte=Бригітта Heike=Гайке Anja=Аня Silke=Зільке Kerstin=Керстін Stefanie=Штефані Julia=Юлія Anke=Анке
de: Barbara=Барбара Elke=Ельке Ulrike=Ульріке Christiane=Крістіане Katharina=Катаріна Franziska=Франциска
de: Angelika=Ангеліка Helga=Гельга Ingrid=Інгрід Martina=Мартіна Nicole=Ніколь Regula=Регула Verena=Верена
nl: Joost=Йост Hans=Ганс Jan=Ян Pieter=Пітер Willem=Віллем Hendrik=Гендрік Johan=Йоган Kees=Кес Dirk=Дірк
nl: Marleen=Марлен Marlene=Марлен Anneke=Анеке Sanne=Санне Femke=Фемке Ruud=Рууд Bas=Бас Sjoerd=Шурд Maarten=Мартен
sv: Mats=Матс Per=Пер Anders=Андерс Henrik=Генрік Erik=Ерік Lars=Ларс Nils=Нільс Olof=Улоф Johan=Юган Magnus=Магнус
sv: Björn=Бйорн Fredrik=Фредрік Gustav=Густав Jonas=Юнас Karl=Карл Mikael=Мікаель Stefan=Стефан Ola=Ула Ole=Уле
sv: Eva=Ева Ingrid=Інгрід Karin=Карін Anna=Анна Maria=Марія Kristina=Крістіна Birgitta=Біргітта Margareta=Маргарета
sv: Elisabeth=Елізабет Annika=Анніка Malin=Малін Sofia=Софія Helena=Хелена Lena=Лена Ulrika=Ульріка Astrid=Астрід
sv: Sigrid=Сігрід Linnea=Ліннеа Emelie=Емелі Åsa=Оса Ebba=Ебба Camilla=Камілла Kerstin=Керстін Inger=Інгер
sv: Søren=Серен Mette=Метте Rasmus=Расмус Morten=Мортен Jens=Єнс Ida=Іда Hanne=Ганне Kjell=Х'єлль Knut=Кнут Tor=Тур
fi: Kirsi=Кірсі Mikko=Мікко Jukka=Юкка Pekka=Пекка Matti=Матті Juha=Юха Timo=Тімо Antti=Антті Heikki=Гейккі
fi: Sanna=Санна Tuula=Туула Päivi=Пяйві Riikka=Рійкка Anu=Ану Laura=Лаура Leena=Леена Satu=Сату
et: Toomas=Тоомас Kristjan=Крістьян Kadri=Кадрі Kaja=Кая Tiina=Тійна Mart=Март Jaak=Яак Urmas=Урмас
lt: Mantas=Мантас Tomas=Томас Gintaras=Гінтарас Vytautas=Вітаутас Darius=Даріус Rūta=Рута Jurgita=Юргіта
lt: Andrius=Андрюс Agnė=Агне Inga=Інга Aistė=Айсте Laura=Лаура Jonas=Йонас Linas=Лінас Mindaugas=Міндаугас
pl: Marek=Марек Tomasz=Томаш Krzysztof=Кшиштоф Agnieszka=Агнешка Piotr=Пьотр Paweł=Павел Andrzej=Анджей
pl: Jan=Ян Michał=Міхал Grzegorz=Гжегож Łukasz=Лукаш Jakub=Якуб Wojciech=Войцех Zbigniew=Збігнєв Marcin=Марцін
pl: Rafał=Рафал Adam=Адам Jerzy=Єжи Maciej=Мацей Kamil=Каміль Dariusz=Даріуш Mariusz=Маріуш Tadeusz=Тадеуш
pl: Anna=Анна Katarzyna=Катажина Małgorzata=Малгожата Joanna=Йоанна Magdalena=Магдалена Ewa=Ева Barbara=Барбара
pl: Beata=Беата Dorota=Дорота Aleksandra=Александра Monika=Моніка Iwona=Івона Elżbieta=Ельжбета Jolanta=Йоланта
pl: Marta=Марта Justyna=Юстина Karolina=Кароліна Natalia=Наталія Zofia=Зофія Urszula=Уршуля Halina=Галина
cs: Jiří=Їржі Petr=Петр Pavel=Павел Tomáš=Томаш Jana=Яна Lucie=Люціє Věra=Вєра Martin=Мартін Jaroslav=Ярослав
fr: Marianne=Маріанна Sylvie=Сільві Pierre=П'єр Jean=Жан Jacques=Жак Philippe=Філіпп François=Франсуа Michel=Мішель
fr: Nicolas=Ніколя Olivier=Олів'є Alain=Ален Laurent=Лоран Éric=Ерік Eric=Ерік Luc=Люк Yves=Ів Bernard=Бернар
fr: Marie=Марі Isabelle=Ізабель Nathalie=Натали Catherine=Катрін Sophie=Софі Claire=Клер Anne=Анн Céline=Селін
fr: Valérie=Валері Sandrine=Сандрін Élise=Еліз Hélène=Елен Juliette=Жюльєтт Camille=Камілль Aurélie=Орелі
es: Sofia=Софія Carlos=Карлос José=Хосе Juan=Хуан Javier=Хав'єр Miguel=Мігель Luis=Луїс Pablo=Пабло Jorge=Хорхе
es: Carmen=Кармен Lucía=Лусія Elena=Елена Isabel=Ісабель Pilar=Пілар Ana=Ана Laura=Лаура Marta=Марта
it: Giuseppe=Джузеппе Marco=Марко Giovanni=Джованні Luca=Лука Francesco=Франческо Alessandro=Алессандро
it: Giulia=Джулія Francesca=Франческа Chiara=К'яра Paola=Паола Federica=Федеріка Silvia=Сільвія
`;

/** Latin given name (lowercase) → Ukrainian spellings by language; the first language listed is the default. */
const BY_NAME = new Map<string, Array<{ lang: NameLang; uk: string }>>();
for (const line of DATA.split('\n')) {
  const m = /^(\w\w):\s*(.*)$/.exec(line.trim());
  if (!m) continue;
  const lang = m[1] as NameLang;
  for (const pair of (m[2] ?? '').split(/\s+/)) {
    const [lat, uk] = pair.split('=');
    if (!lat || !uk) continue;
    const list = BY_NAME.get(lat.toLowerCase()) ?? [];
    if (!list.some((e) => e.lang === lang)) list.push({ lang, uk });
    BY_NAME.set(lat.toLowerCase(), list);
  }
}

/** Readings of a Latin given name: its Ukrainian spelling in each language it is listed for. */
export function foreignGiven(word: string): ReadonlyArray<{ lang: NameLang; uk: string }> {
  return BY_NAME.get(word.toLowerCase()) ?? [];
}
