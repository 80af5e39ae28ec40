package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;

/**
 * The relation rules on sentences written for this test (none from the example article): each
 * construction with other people, countries, titles and events. Triples are {@code
 * subject>TYPE>object}, matched on an entity's name or any of its mentions, ignoring case; {@code
 * TYPE[key=value]} also requires an attribute ({@code [time=]}: no such attribute). A triple
 * matches relations the text does not deny; {@code TYPE@NEGATED} matches only denied ones.
 */
class ConstructionsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Chilean President Gabriel Boric will attend the G20 summit in Rio de Janeiro. | Gabriel Boric>LEADER_OF>Chile; Gabriel Boric>ATTENDS>G20 summit; G20 summit>LOCATED_IN>Rio de Janeiro | Gabriel Boric>LEADER_OF>Brazil
      French President Emmanuel Macron attended the NATO summit in Vilnius on July 11. | Emmanuel Macron>LEADER_OF>France; Emmanuel Macron>ATTENDS>NATO summit; NATO summit>LOCATED_IN>Vilnius; NATO summit>ON_DATE>July 11 |
      Brazil's President Luiz Inacio Lula da Silva has confirmed his attendance at the BRICS summit. | Luiz Inacio Lula da Silva>LEADER_OF>Brazil; Luiz Inacio Lula da Silva>ATTENDS>BRICS summit |
      Spanish Prime Minister Pedro Sanchez declined the invitation to attend the Ibero-American summit in Cuenca. | Pedro Sanchez>LEADER_OF>Spain; Pedro Sanchez>ATTENDS@NEGATED>Ibero-American summit | Pedro Sanchez>ATTENDS>Ibero-American summit
      German Chancellor Olaf Scholz will not attend the climate summit in Dubai. | Olaf Scholz>LEADER_OF>Germany | Olaf Scholz>ATTENDS>climate summit
      Kenyan President William Ruto has accepted an invitation to attend the Commonwealth summit in Samoa. | William Ruto>LEADER_OF>Kenya; William Ruto>ATTENDS>Commonwealth summit; Commonwealth summit>LOCATED_IN>Samoa |
      Japan's Prime Minister Fumio Kishida and India's Prime Minister Narendra Modi met in Tokyo. | Fumio Kishida>LEADER_OF>Japan; Narendra Modi>LEADER_OF>India | Fumio Kishida>LEADER_OF>India; Narendra Modi>LEADER_OF>Japan
      Argentine President Javier Milei met investors in Madrid. | Javier Milei>LEADER_OF>Argentina | Javier Milei>LEADER_OF>Spain
      Recep Tayyip Erdogan, the president of Turkey, arrived in Baku on Monday. | Recep Tayyip Erdogan>LEADER_OF>Turkey | Recep Tayyip Erdogan>LEADER_OF>Azerbaijan
      Olaf Scholz, Germany's chancellor, spoke to reporters in Berlin. | Olaf Scholz>LEADER_OF>Germany |
      Indonesian Foreign Minister Retno Marsudi attended the ASEAN summit in Jakarta. | Retno Marsudi>CITIZEN_OF>Indonesia; Retno Marsudi>ATTENDS>ASEAN summit; ASEAN summit>LOCATED_IN>Jakarta | Retno Marsudi>LEADER_OF>Indonesia
      Former Peruvian President Pedro Castillo was arrested in Lima. | Pedro Castillo>CITIZEN_OF>Peru; Pedro Castillo>LEADER_OF[time=FORMER]>Peru | Pedro Castillo>LEADER_OF[time=]>Peru
      Italy's annual Venice Film Festival opens on August 30 in Venice. | Venice Film Festival>HOSTED_BY>Italy; Venice Film Festival>ON_DATE>August 30; Venice Film Festival>LOCATED_IN>Venice |
      The 2019 Ukrainian presidential election was won by Volodymyr Zelensky. The election had two rounds. | 2019 Ukrainian presidential election>LOCATED_IN>Ukraine; 2019 Ukrainian presidential election>ON_DATE>2019 | Volodymyr Zelensky>LEADER_OF>Ukraine
      Mexican President Andres Manuel Lopez Obrador did not attend the APEC summit in San Francisco. | Andres Manuel Lopez Obrador>LEADER_OF>Mexico; Andres Manuel Lopez Obrador>ATTENDS@NEGATED>APEC summit; APEC summit>LOCATED_IN>San Francisco | Andres Manuel Lopez Obrador>ATTENDS>APEC summit
      South Korean President Yoon Suk Yeol participated in the G7 summit in Hiroshima. | Yoon Suk Yeol>LEADER_OF>South Korea; Yoon Suk Yeol>ATTENDS>G7 summit; G7 summit>LOCATED_IN>Hiroshima |
      Nigerian President Bola Tinubu took part in the ECOWAS summit in Abuja. | Bola Tinubu>LEADER_OF>Nigeria; Bola Tinubu>ATTENDS>ECOWAS summit; ECOWAS summit>LOCATED_IN>Abuja |
      Polish President Andrzej Duda is expected to attend the Munich Security Conference. | Andrzej Duda>LEADER_OF>Poland; Andrzej Duda>ATTENDS>Munich Security Conference |
      Australian Prime Minister Anthony Albanese visited Beijing last week. | Anthony Albanese>LEADER_OF>Australia | Anthony Albanese>LEADER_OF>China
      Vietnam's President Vo Van Thuong met Chinese President Xi Jinping in Hanoi. | Vo Van Thuong>LEADER_OF>Vietnam; Xi Jinping>LEADER_OF>China | Xi Jinping>LEADER_OF>Vietnam; Vo Van Thuong>LEADER_OF>China
      Irish Taoiseach Leo Varadkar said the talks were constructive. | Leo Varadkar>LEADER_OF>Ireland |
      The Vietnam War ended in 1975. Veterans of the war marched on Sunday. | Vietnam War>LOCATED_IN>Vietnam |
      Her father was a veteran of the Vietnam War. | | Vietnam War>LOCATED_IN>Vietnam
      The Battle of Chiari was fought on 1 September 1701. | Battle of Chiari>ON_DATE>1 September 1701 |
      Quesada fought in the Battle of Burgos (1808) during the Peninsular War. | Battle of Burgos>ON_DATE>1808; Quesada>ATTENDS>Battle of Burgos |
      The War of the Quadruple Alliance (1717 – 1720) was a war in Europe. | | War of the Quadruple Alliance>ON_DATE>1717
      Sweden holds a vote in September. Voters across Sweden heard Anna Holm on Monday. | Anna Holm>CITIZEN_OF>Sweden |
      Sweden holds a vote in September. Anna Holm spoke on Monday. | | Anna Holm>CITIZEN_OF>Sweden
      Sweden and Norway signed a deal. Officials from Sweden thanked Anna Holm. | | Anna Holm>CITIZEN_OF>Sweden; Anna Holm>CITIZEN_OF>Norway
      Sir John Boyd, (April 23, 1837 – November 23, 1916) was a Canadian lawyer and judge. | John Boyd>CITIZEN_OF>Canada |
      Elwood Buchanan, Sr was an American jazz trumpeter. | Elwood Buchanan>CITIZEN_OF>United States |
      She illustrates books by Ursula Jones — a retired British actress. | Ursula Jones>CITIZEN_OF>United Kingdom |
      William Wallace (April 14, 1837 – March 11, 1917) was a federal judge in the United States. | William Wallace>CITIZEN_OF>United States |
      Samuel Brightman wrote from Poland shortly before Hitler invaded. He enlisted in the army in World War II. | Samuel Brightman>ATTENDS>World War II | Hitler>ATTENDS>World War II
      Ross Alger was born in Prelate. He moved to Alberta in 1930. He studied in Edmonton. He served with the air force during World War II. | Ross Alger>ATTENDS>World War II |
      Jan Smuts served as an army general in the First World War, and then served as Prime Minister of South Africa twice. | Jan Smuts>LEADER_OF>South Africa; Jan Smuts>CITIZEN_OF>South Africa |
      Bonnie Blair returned in 1988 competing in long-track at the 1988 Winter Olympics in Calgary. | Bonnie Blair>ATTENDS>1988 Winter Olympics |
      Mehmet Cetingoz became champion at the 2013 Fazza Wheelchair Basketball Championships. | Mehmet Cetingoz>ATTENDS>2013 Fazza Wheelchair Basketball Championships |
      Anna Berg was the best coach at the 2019 World Cup. | Anna Berg>ATTENDS>2019 World Cup |
      Iniesta helped lead Spain to the European Championship title this summer in Ukraine and Poland. | European Championship>LOCATED_IN>Ukraine; European Championship>LOCATED_IN>Poland |
      Ajax were handed a hard group at the Champions League draw in Monaco. | | Champions League>LOCATED_IN>Monaco
      Many of its settlers were veterans of the Black Hawk War of 1832. | Black Hawk War of 1832>ON_DATE>1832 |
      Stan Tyminski ran in the 1990 Polish presidential election. | Stan Tyminski>ATTENDS>1990 Polish presidential election |
      Maria Lopez scored twice at the 2019 World Cup in France. | Maria Lopez>ATTENDS>2019 World Cup |
      Tom Baker flew with the Royal Australian Air Force during the Korean War. | Royal Australian Air Force>ATTENDS>Korean War |
      The Navy Shipyards were rebuilt after the Battle of Midway. | | Navy Shipyards>ATTENDS>Battle of Midway
      Karin Vos was a member of the Dutch team at the 2012 Summer Olympics. | Karin Vos>ATTENDS>2012 Summer Olympics |
      Tom Reed, a Vietnam War veteran, spoke to reporters on Monday. | Tom Reed>ATTENDS>Vietnam War |
      In 1995 Lucia Bianchi hosted the Venice Film Festival. | Lucia Bianchi>ATTENDS>Venice Film Festival |
      Paul Martin earned a bronze medal at the 2015 World Championships. | Paul Martin>ATTENDS>2015 World Championships |
      Diego Ruiz fought in the Peninsular War, losing the Battle of Ocana in 1809. | Diego Ruiz>ATTENDS>Battle of Ocana |
      Tom Hale was a politician in the Canadian province of Ontario, who served as mayor of Ottawa from 1985 to 1991. | Tom Hale>CITIZEN_OF>Canada; Tom Hale>LEADER_OF>Ottawa |
      Lyon mayor Gerard Collomb opened the festival. | Gerard Collomb>LEADER_OF>Lyon | Gerard Collomb>LEADER_OF>France
      Jan Stone was a prosecutor, lawyer and playwright born in the Bronx, New York, United States. | Jan Stone>CITIZEN_OF>United States |
      Marco Rossi opened a factory in Italy. Italy later banned its motorcycles. | Marco Rossi>CITIZEN_OF>Italy |
      Cimatti opened a factory in Italy. Italy later banned its motorcycles. | | Cimatti>CITIZEN_OF>Italy
      The Russia-Ukraine war has dragged on for years. The Russia-Ukraine war has cost many lives. | Russia>ATTENDS>Russia-Ukraine war; Ukraine>ATTENDS>Russia-Ukraine war | Russia-Ukraine war>LOCATED_IN>Russia
      Peace talks ended the Iran–Iraq War in 1988. | Iran>ATTENDS>Iran–Iraq War; Iraq>ATTENDS>Iran–Iraq War; Iran–Iraq War>ON_DATE>1988 |
      Nikos Pappas (born 1969 in Paris) is a Greek-French journalist. | Nikos Pappas>CITIZEN_OF>France | Nikos Pappas>CITIZEN_OF>Greece
      Kurt Weber (1890 – 1935) was a German-Jewish journalist. | Kurt Weber>CITIZEN_OF>Germany |
      Ivan Petrov () (1918 – 1978) was a Soviet politician. | Ivan Petrov>CITIZEN_OF>Soviet Union |
      Joseph Ward was an officer in the Navy during the Quasi-War with France. | Joseph Ward>ATTENDS>Quasi-War; France>ATTENDS>Quasi-War |
      Ivan Petrov was a Soviet statesman during the Cold War. | Ivan Petrov>ATTENDS>Cold War |
      Sean Walsh was an Irish freedom fighter during the War of Independence. | Sean Walsh>ATTENDS>War of Independence |
      The Morosini Coup was a failed 1310 coup designed to overthrow the council. | Morosini Coup>ON_DATE>1310 |
      The Battle of Tarsa was fought on 3 May 1402, between the armies of Persia and the forces of Egypt, in Syria. | Battle of Tarsa>LOCATED_IN>Syria; Battle of Tarsa>ON_DATE>3 May 1402 |
      Karl Weiss won gold at the 7th Desert International Rowing Championships held on March 3–9, 2014 in Dubai. | 7th Desert International Rowing Championships>LOCATED_IN>Dubai |
      Eva Novak-Kral, née Horakova (18 December 1931 in Brno – 10 November 1991 in Prague) was a Czech gymnast. | Eva Novak-Kral>CITIZEN_OF>Czech Republic |
      Joyce Lam represented Singapore at the Miss Universe 1984 pageant in Miami. | Joyce Lam>ATTENDS>Miss Universe 1984 pageant; Miss Universe 1984 pageant>LOCATED_IN>Miami |
      The song was the Swiss entry in the Eurovision Song Contest 1990, performed in German by Anna Keller. | Anna Keller>ATTENDS>Eurovision Song Contest 1990 |
      Anna Berg competed at the 1936 Berlin Olympics. | Anna Berg>ATTENDS>1936 Berlin Olympics | 1936 Berlin Olympics>LOCATED_IN>Berlin; 1936 Berlin Olympics>ON_DATE>1936
      Russian opposition leader Alexei Navalny died in an Arctic prison. | Alexei Navalny>CITIZEN_OF>Russia | Alexei Navalny>LEADER_OF>Russia
      The British Prime Minister, Rishi Sunak, attended the Remembrance Day ceremony in London. | Rishi Sunak>LEADER_OF>United Kingdom; Rishi Sunak>ATTENDS>Remembrance Day ceremony; Remembrance Day ceremony>LOCATED_IN>London |
      China's annual National Day parade took place on October 1 in Beijing. | National Day parade>HOSTED_BY>China; National Day parade>ON_DATE>October 1; National Day parade>LOCATED_IN>Beijing |
      Ghanaian President Nana Akufo-Addo and Ivorian President Alassane Ouattara have accepted invitations to attend the African Union summit in Addis Ababa. | Nana Akufo-Addo>LEADER_OF>Ghana; Alassane Ouattara>LEADER_OF>Ivory Coast; Nana Akufo-Addo>ATTENDS>African Union summit; Alassane Ouattara>ATTENDS>African Union summit | Nana Akufo-Addo>LEADER_OF>Ivory Coast
      Sadyr Japarov is the president of Kyrgyzstan. | Sadyr Japarov>LEADER_OF>Kyrgyzstan |
      The conflict in Sudan has displaced millions of people. Aid groups fear the conflict in Sudan will spread. | conflict in Sudan>LOCATED_IN>Sudan |
      Tunisian President Kais Saied decided to attend the Arab League summit. | Kais Saied>LEADER_OF>Tunisia; Kais Saied>ATTENDS>Arab League summit |
      Brazilian striker Vinicius Junior scored twice on Sunday. | Vinicius Junior>CITIZEN_OF>Brazil | Vinicius Junior>LEADER_OF>Brazil
      Dutch Prime Minister Mark Rutte attended the European Council summit in Brussels on Thursday. | Mark Rutte>LEADER_OF>Netherlands; Mark Rutte>ATTENDS>European Council summit; European Council summit>LOCATED_IN>Brussels |
      Canadian Prime Minister Justin Trudeau skipped the Pacific Islands summit in Tonga. | Justin Trudeau>LEADER_OF>Canada; Pacific Islands summit>LOCATED_IN>Tonga | Justin Trudeau>ATTENDS>Pacific Islands summit
      Chinese President Xi Jinping met his South African counterpart Cyril Ramaphosa in Beijing. | Xi Jinping>LEADER_OF>China; Cyril Ramaphosa>LEADER_OF>South Africa | Cyril Ramaphosa>LEADER_OF>China
      Kenya's Ruto faces new protests. President William Ruto said the bill would be withdrawn. | William Ruto>LEADER_OF>Kenya; William Ruto>CITIZEN_OF>Kenya |
      Luis Abinader has governed the Dominican Republic since 2020. | Luis Abinader>LEADER_OF>Dominican Republic |
      Maria Lopez, president of Chile's Green Party, criticised the plan. | Maria Lopez>CITIZEN_OF>Chile | Maria Lopez>LEADER_OF>Chile
      The first president of Ghana was Kwame Nkrumah. | Kwame Nkrumah>LEADER_OF>Ghana |
      She later met the president of independent Namibia, Sam Nujoma. | Sam Nujoma>LEADER_OF>Namibia |
      Arthur Hale served with the Royal Navy during World War II. | Arthur Hale>ATTENDS>World War II |
      After fighting in the Korean War, Tom Walsh returned to his farm in Ohio. | Tom Walsh>ATTENDS>Korean War |
      Peter Lund saw service in the Crimean War before he became a teacher. | Peter Lund>ATTENDS>Crimean War |
      Carla Ruiz was appointed as Mexico's ambassador to Japan in 2019. | Carla Ruiz>CITIZEN_OF>Mexico | Carla Ruiz>CITIZEN_OF>Japan
      Tom Baker (1932 – 2010) was a U.S. Senator from Ohio. | Tom Baker>CITIZEN_OF>United States |
      The song was covered by Anna Berg of Swedish pop band Lumen. | Anna Berg>CITIZEN_OF>Sweden |
      Ole Hansen was born in Tromsø, Norway, in 1950. | Ole Hansen>CITIZEN_OF>Norway |
      Jack Smith, a Russia expert at the university, said the talks had failed. | | Jack Smith>CITIZEN_OF>Russia
      Lucas Moreau plays for the France national team. | Lucas Moreau>CITIZEN_OF>France |
      Helen Clarke won the 1999 New Zealand general election. | Helen Clarke>ATTENDS>1999 New Zealand general election; Helen Clarke>CITIZEN_OF>New Zealand |
      Ingrid Olsen represented Norway at the 1994 Winter Olympics. | Ingrid Olsen>CITIZEN_OF>Norway; Ingrid Olsen>ATTENDS>1994 Winter Olympics |
      The plan was announced by Kenyan Foreign Minister Dr. Amos Kuria. | Amos Kuria>CITIZEN_OF>Kenya |
      Adam Nowak fought in the Battle of Verdun. The unveiling of his memorial was attended by Chancellor Karl Brandt. | Adam Nowak>ATTENDS>Battle of Verdun | Karl Brandt>ATTENDS>Battle of Verdun
      The War of 1812 between Britain and the United States ended in 1815. | United Kingdom>ATTENDS>War of 1812; United States>ATTENDS>War of 1812 |
      The war between Armenia and Azerbaijan displaced thousands. | Armenia>ATTENDS>war between Armenia and Azerbaijan; Azerbaijan>ATTENDS>war between Armenia and Azerbaijan | war between Armenia and Azerbaijan>LOCATED_IN>Armenia
      The head of the Italian farmers' union, Marco Bellini, criticised the plan. | Marco Bellini>CITIZEN_OF>Italy |
      A member of Austria's upper house of parliament, Eva Gruber, filed the complaint. | Eva Gruber>CITIZEN_OF>Austria |
      Singer Ana Costa, originally from Portugal, performed in Paris. | Ana Costa>CITIZEN_OF>Portugal |
      Barack Obama returned from Germany on Monday. | | Barack Obama>CITIZEN_OF>Germany
      Sweden's French-born King Karl Bernadotte opened the session. | Karl Bernadotte>LEADER_OF>Sweden; Karl Bernadotte>CITIZEN_OF>France | Karl Bernadotte>LEADER_OF>France
      Omar Haddad, a Syrian-born engineer, won the prize. | Omar Haddad>CITIZEN_OF>Syria |
      Peru's president at the time, Luis Ortega, refused to resign. | Luis Ortega>LEADER_OF[time=FORMER]>Peru | Luis Ortega>LEADER_OF[time=]>Peru
      He was a cousin of King Peter II of Yugoslavia. | Peter II>LEADER_OF>Yugoslavia |
      In 2015 the President of the Republic of Moldova Nicolae Timofti signed the law. | Nicolae Timofti>LEADER_OF>Moldova |
      Tomas Vidal (1820 – 1890) was the constitutional President of Paraguay from 1870 to 1874. | Tomas Vidal>LEADER_OF>Paraguay |
      The square honours the Chilean ex-president Aníbal Pinto. | Aníbal Pinto>LEADER_OF[time=FORMER]>Chile | Aníbal Pinto>LEADER_OF[time=]>Chile
      Jomo Kenyatta, the future first president of independent Kenya, studied in London. | Jomo Kenyatta>LEADER_OF[time=FUTURE]>Kenya |
      The unrest began soon after the Bolivian coup of 1964. The coup ended civilian rule. | Bolivian coup>ON_DATE>1964; Bolivian coup>LOCATED_IN>Bolivia |
      The Italian Campaign began in 1943. The campaign lasted until 1945. | Italian Campaign>LOCATED_IN>Italy; Italian Campaign>ON_DATE>1943 |
      French writers Anne Morel, Paul Giraud and Marc Laval signed the letter. | Anne Morel>CITIZEN_OF>France; Paul Giraud>CITIZEN_OF>France; Marc Laval>CITIZEN_OF>France |
      The Toledo War was a brief conflict that took place in 1835 in the Great Lakes region. | Toledo War>ON_DATE>1835; Toledo War>LOCATED_IN>Great Lakes |
      The Battle of Antietam was fought in 1862 in Maryland. | Battle of Antietam>ON_DATE>1862; Battle of Antietam>LOCATED_IN>Maryland |
      Spain won Euro 2024, which was held in Germany. Fans remember Euro 2024 fondly. | Euro 2024>LOCATED_IN>Germany; Euro 2024>ON_DATE>2024 |
      The Siege of Sarajevo lasted almost four years. Survivors of the Siege of Sarajevo met on Friday. | Siege of Sarajevo>LOCATED_IN>Sarajevo |
      The Winter Olympics were held in Turin, Italy, in 2006. | Winter Olympics>LOCATED_IN>Turin; Winter Olympics>LOCATED_IN>Italy |
      The 1974 revolution in neighbouring Portugal ended the dictatorship. | 1974 revolution>LOCATED_IN>Portugal |
      Lena Dahl (born 1971), is a Norwegian former biathlete. | Lena Dahl>CITIZEN_OF>Norway |
      The album features Canadian singer and songwriter Joni Hart. | Joni Hart>CITIZEN_OF>Canada |
      Chinese officials and President Joe Biden discussed trade in Washington. | | Joe Biden>LEADER_OF>China; Joe Biden>CITIZEN_OF>China
      Tomas Varga was a Slovak economist who was the third President of Slovakia from 2004 to 2009. | Tomas Varga>LEADER_OF>Slovakia; Tomas Varga>CITIZEN_OF>Slovakia |
      The opera house was founded by Frederick IV of Denmark in 1712. | Frederick IV>LEADER_OF[title=Monarch]>Denmark |
      The reform drew praise across Chile, including from the country's President Ana Rojas. | Ana Rojas>LEADER_OF>Chile |
      The national assembly elected Jean Mbala the president of Gabon in 1998. | Jean Mbala>LEADER_OF>Gabon |
      Lesotho held elections in May. Lesotho's parliament met, and Thabo Mokoena became Prime Minister in June. | Thabo Mokoena>LEADER_OF>Lesotho |
      Karl Brenner was a German pilot and a veteran of the Korean War. | Karl Brenner>ATTENDS>Korean War |
      Captain Eli Ward was killed in the Battle of the Marne in 1914. | Eli Ward>ATTENDS>Battle of the Marne |
      The Battle of the Nile, which was commanded by Horatio Nelson, ended French hopes in Egypt. | Horatio Nelson>ATTENDS>Battle of the Nile |
      Nina Holt was re-elected in the 2019 general election. | Nina Holt>ATTENDS>2019 general election |
      The gold medal was won at the 2012 Summer Olympics by Anna Berg. | Anna Berg>ATTENDS>2012 Summer Olympics |
      Tom Price served in Greece during the Balkan Wars. | Tom Price>ATTENDS>Balkan Wars; Balkan Wars>LOCATED_IN>Greece |
      The highlight of the year is Bergen's 2015 Jazz Festival. | 2015 Jazz Festival>LOCATED_IN>Bergen |
      The town hosts the Harbour Music Festival (or HarbourFest) in Portree every summer. | Harbour Music Festival>LOCATED_IN>Portree |
      Ivan Petrenko (March 3, 1921 in Kharkiv, Ukraine – May 5, 1999 in Vienna, Austria) was a pianist. | Ivan Petrenko>CITIZEN_OF>Ukraine; Ivan Petrenko>CITIZEN_OF>Austria |
      Arman Sarkisian was a Soviet Armenian physicist. | Arman Sarkisian>CITIZEN_OF>Soviet Union; Arman Sarkisian>CITIZEN_OF>Armenia |
      The artist (born Kofi Mensah on 2 June 1980 in Kumasi, Ghana) is a painter. | Kofi Mensah>CITIZEN_OF>Ghana |
      Samuel Okafor is a Methodist bishop from Nigeria. | Samuel Okafor>CITIZEN_OF>Nigeria |
      The talks were led by former Chilean Ambassador to the United States Rosa Vidal. | Rosa Vidal>CITIZEN_OF>Chile | Rosa Vidal>CITIZEN_OF>United States
      The square honours Jan Nowak, a lawyer, Speaker of Poland's parliament and an author. | Jan Nowak>CITIZEN_OF>Poland |
      Annelise Vik is a Norwegian football club founded in 1921. | | Annelise Vik>CITIZEN_OF>Norway
      The Danish band Karen Holm released an album. | | Karen Holm>CITIZEN_OF>Denmark
      US Secretary of State Mary Lang arrived in Cairo on Monday. | Mary Lang>CITIZEN_OF>United States |
      Selim Aydin (1950 – 2001) was a folk singer from Izmir, Turkey. | Selim Aydin>CITIZEN_OF>Turkey |
      Jean Tremblay was a politician in the Canadian province of Quebec. | Jean Tremblay>CITIZEN_OF>Canada |
      He met Paul Roy, a chemist born in Lyon, France. | Paul Roy>CITIZEN_OF>France |
      Maria Lind, a former banker, is Sweden's finance minister. | Maria Lind>CITIZEN_OF>Sweden |
      Carlos Mendoza returned to play for the national side in his native Chile. | Carlos Mendoza>CITIZEN_OF>Chile |
      The court may deport Karim Haddad to his home country of Tunisia. | Karim Haddad>CITIZEN_OF>Tunisia |
      Painter Jonas Weber, who grew up in Austria, opened the show. | Jonas Weber>CITIZEN_OF>Austria |
      Grace Atim, a retired Kenyan athlete, now trains children. | Grace Atim>CITIZEN_OF>Kenya |
      Sweden votes on Sunday. Sweden's parties campaign across Sweden, and voters back incumbent prime minister Anna Holm. | Anna Holm>LEADER_OF>Sweden |
      Sweden votes on Sunday. Sweden's parties campaign across Sweden, and the party's members back current leader Anna Holm. | | Anna Holm>LEADER_OF>Sweden
      """)
  void sentence_givesExpectedRelations(String sentence, String expected, String forbidden) {
    Document doc = SharedExtractor.get().extract(sentence);
    List<String> missing = new ArrayList<>();
    for (String triple : split(expected)) {
      if (!has(doc, triple)) {
        missing.add(triple);
      }
    }
    List<String> wrong = new ArrayList<>();
    for (String triple : split(forbidden)) {
      if (has(doc, triple)) {
        wrong.add(triple);
      }
    }
    assertThat(missing).as("missing in %s", doc.relations()).isEmpty();
    assertThat(wrong).as("wrongly found in %s", doc.relations()).isEmpty();
    DocumentInvariants.check(doc);
  }

  static List<String> split(String triples) {
    List<String> r = new ArrayList<>();
    if (triples == null) {
      return r;
    }
    for (String t : triples.split(";")) {
      if (!t.isBlank()) {
        r.add(t.trim());
      }
    }
    return r;
  }

  /** Whether the document has the relation a triple names (also used by PlacesIT). */
  static boolean has(Document doc, String triple) {
    String[] p = triple.split(">");
    String type = p[1];
    String key = null;
    String value = null;
    boolean negated = type.endsWith("@NEGATED");
    type = type.replace("@NEGATED", "");
    if (type.contains("[")) {
      String[] kv = type.substring(type.indexOf('[') + 1, type.length() - 1).split("=", -1);
      key = kv[0];
      value = kv[1];
      type = type.substring(0, type.indexOf('['));
    }
    for (Relation r : doc.relations()) {
      if (r.type().name().equals(type)
          && names(r.subject(), p[0])
          && names(r.object(), p[2])
          && (key == null || r.attributes().getOrDefault(key, "").equals(value))
          && negated == (r.modality() == Modality.NEGATED)) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(Entity e, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (e.name().toLowerCase(Locale.ROOT).equals(n)) {
      return true;
    }
    for (Mention m : e.mentions()) {
      if (m.text().toLowerCase(Locale.ROOT).equals(n)) {
        return true;
      }
    }
    return false;
  }
}
