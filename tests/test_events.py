"""Event coding on sentences written for these tests, in many phrasings.

Each case is a claim an analyst relies on: the type, who did it to whom, and
that nothing is coded from a sentence that reports no event.
"""

from __future__ import annotations

import pytest

from coding_helpers import country, dyads, name, run

CASES = [
    # (sentence, expected (type, source country, target country))
    ("Russian Foreign Minister Sergei Lavrov met with his Chinese counterpart Wang Yi in Beijing on Monday.",
     ("CONSULT", "RUS", "CHN")),
    ("Sergei Lavrov held talks with Wang Yi in Beijing.", ("CONSULT", "RUS", "CHN")),
    ("Turkish President Recep Tayyip Erdogan visited Baghdad on Thursday.", ("CONSULT", "TUR", "IRQ")),
    ("Lavrov's visit to Tehran drew attention.", ("CONSULT", "RUS", "IRN")),
    ("Iran's foreign minister arrived in Moscow for talks.", ("CONSULT", "IRN", "RUS")),
    ("The talks between Egypt and Israel ended without result.", ("CONSULT", "EGY", "ISR")),
    ("Israel launched air strikes on Lebanon overnight.", ("ASSAULT", "ISR", "LBN")),
    ("Russian forces attacked Ukrainian positions near Kharkiv.", ("ASSAULT", "RUS", "UKR")),
    ("Ukraine was attacked by Russia on Sunday.", ("ASSAULT", "RUS", "UKR")),
    ("The European Union imposed new sanctions on Iran.", ("SANCTION", "EUR", "IRN")),
    ("China accused the United States of interfering in its internal affairs.", ("ACCUSE", "CHN", "USA")),
    ("Pakistan condemned India's decision to suspend the treaty.", ("ACCUSE", "PAK", "IND")),
    ("North Korea threatened to attack South Korea.", ("THREATEN", "PRK", "KOR")),
    ("Germany urged Russia to withdraw its troops.", ("REQUEST", "DEU", "RUS")),
    ("Iran rejected the European proposal.", ("REJECT", "IRN", "EUR")),
    ("Japan and South Korea agreed to cooperate on security.", ("AGREE", "JPN", "KOR")),
    ("Saudi Arabia praised Qatar for its mediation.", ("SUPPORT", "SAU", "QAT")),
    ("Qatar hosted Hamas negotiators in Doha.", ("CONSULT", "QAT", "PSE")),
    ("France sent humanitarian aid to Sudan.", ("AID", "FRA", "SDN")),
    ("Erdogan was received by Putin at the airport.", ("CONSULT", "RUS", "TUR")),
    ("Japan lodged a protest with Pyongyang.", ("ACCUSE", "JPN", "PRK")),
    ("The test drew condemnation from Seoul against North Korea.", ("ACCUSE", "KOR", "PRK")),
    ("Turkish President Recep Tayyip Erdogan's talks with Vladimir Putin focused on grain.", ("CONSULT", "TUR", "RUS")),
    ("Azerbaijani President Ilham Aliyev rejected an Armenian proposal.", ("REJECT", "AZE", "ARM")),
    # "they" is every coordinated actor of the clause or sentence before
    ("Obama and Putin said they would attack Iraq.", ("THREATEN", "RUS", "IRQ")),
    ("Vietnam and the Philippines met on Monday. They agreed to resume joint patrols.", ("AGREE", "VNM", "PHL")),
    # an institution placed "in <state>" is that state's; demonym groups carry their state
    ("Police in Kenya arrested three Somali nationals.", ("COERCE", "KEN", "SOM")),
    ("A court in Guyana convicted two Brazilian men.", ("ACCUSE", "GUY", "BRA")),
    # "wants to V" is the subject's own intent (THREATEN / AGREE), not a request
    ("Venezuela wants to invade Guyana.", ("THREATEN", "VEN", "GUY")),
    ("Ukrainian lawmakers ratified an agreement with the European Union.", ("SUPPORT", "UKR", "EUR")),
    # a city or region (data/places) names its state as the place force was used in
    ("Insurgents bombarded Aleppo overnight, killing eight people.", ("ASSAULT", None, "SYR")),
    ("Russian jets struck targets near Idlib.", ("ASSAULT", "RUS", "SYR")),
    ("The US launched an air strike against a militant target southwest of Mosul.", ("ASSAULT", "USA", "IRQ")),
    ("General Petraeus made a surprise visit to Nablus.", ("CONSULT", "USA", "PSE")),
    ("A court in Guyana has issued arrest warrants for two Brazilian men.", ("COERCE", "GUY", "BRA")),
    ("Kuwait expelled three Iranian nationals.", ("COERCE", "KWT", "IRN")),
    ("China deepened its partnership with Russia.", ("COOPERATE", "CHN", "RUS")),
    ("Egypt moved to mend ties with Turkey.", ("SUPPORT", "EGY", "TUR")),
    ("French officials accused of war crimes were indicted by a court in Rwanda.", ("ACCUSE", "RWA", "FRA")),
    ("Israel returned the bodies of two soldiers to Lebanon.", ("RETREAT", "ISR", "LBN")),
    ("The German government welcomed President Biden's statement.", ("SUPPORT", "DEU", "USA")),
    # "Brussels" is the EU where the article names the EU, else Belgium's capital
    ("Brussels imposed tariffs on Chinese cars, the European Union said.", ("SANCTION", "EUR", "CHN")),
    ("Iran warned it would retaliate against Israel.", ("THREATEN", "IRN", "ISR")),
    # "the army" is the army of the state the article already named
    ("Sudan's army accused the RSF of shelling a camp. Later the army attacked Chad.", ("ASSAULT", "SDN", "TCD")),
    ("Turkish Foreign Minister Hakan Fidan met his Syrian counterpart in Moscow.", ("CONSULT", "TUR", "SYR")),
    ("Putin has pushed Ankara and Damascus to reconcile.", ("REQUEST", "RUS", "SYR")),
    ("Modi spoke by phone with Ukrainian President Volodymyr Zelensky on Monday.", ("CONSULT", "IND", "UKR")),
    ("Zelensky thanked Modi for humanitarian aid and invited him to visit Kyiv.", ("REQUEST", "UKR", "IND")),
    ("The European Union pledged 2 billion euros in new military assistance to Ukraine.", ("AGREE", "EUR", "UKR")),
    ("Gunmen killed 12 people in northern Nigeria.", ("ASSAULT", None, "NGA")),
    ("Palestinian youths resorted to throwing stones during demonstrations.", ("PROTEST", "PSE", None)),
    ("The Sri Lankan army has been holding Tamil civilians as human shields.", ("ASSAULT", "LKA", None)),
    ("The rebels have sworn to fight the Macedonian army.", ("THREATEN", None, "MKD")),
    ("The United States suspended part of a military aid program for Bosnia.", ("SANCTION", "USA", "BIH")),
    ("Security forces cracked down on protesters in Tehran.", ("ASSAULT", None, "IRN")),
    ("The army crushed the uprising in Hama.", ("ASSAULT", None, "SYR")),
    ("China and Brazil signed 15 agreements on trade.", ("SUPPORT", "BRA", "CHN")),
    ("China and Brazil signed 15 agreements during President Lula's state visit to Beijing.",
     ("CONSULT", "BRA", "CHN")),
    ("Xi Jinping hosted Lula in Beijing. Xi said the two countries would deepen cooperation.",
     ("AGREE", "CHN", "BRA")),
    ("Armenia and Azerbaijan held talks in Washington. Both sides agreed to continue negotiations.",
     ("AGREE", "ARM", "AZE")),
    # a state that protests complains (ACCUSE); crowds that protest demonstrate (PROTEST)
    ("Iran protested to Switzerland over the arrest.", ("ACCUSE", "IRN", "CHE")),
    ("A report released in the Rwandan capital alleged that France was aware of the preparations.",
     ("ACCUSE", "RWA", "FRA")),
    ("Ukraine received security guarantees from the United States.", ("AGREE", "USA", "UKR")),
    ("Israeli troops remained on alert in the occupied West Bank.", ("MOBILIZE", "ISR", "PSE")),
    # an announced sanction is a sanction; one held out under a condition is a threat
    ("The United States announced it would prohibit all aid to Sudan.", ("SANCTION", "USA", "SDN")),
    ("Nigeria said it will withdraw its peacekeepers from Chad unless a ceasefire is arranged.",
     ("THREATEN", "NGA", "TCD")),
    ("Araghchi said Tehran was open to indirect talks with Washington.", ("AGREE", "IRN", "USA")),
    ("The White House is weighing new sanctions on Iranian oil.", ("SANCTION", "USA", "IRN")),
    ("Talks between Pakistani and Afghan officials ended in Doha.", ("CONSULT", "PAK", "AFG")),
    ("Saudi Arabia's foreign ministry welcomed the talks between Iran and the United States and urged "
     "both sides to show restraint.", ("REQUEST", "SAU", "USA")),
    ("Thousands of Iraqi Kurds protested against the government in Erbil.", ("PROTEST", "IRQ", "IRQ")),  # the state where they protest
    # sixteenth own set, wire style with datelines and attributions (blind: 29/32 types, 23/32 dyads)
    ("ISLAMABAD: Pakistan's foreign minister held talks with his Afghan counterpart in Islamabad on Monday, officials said.",
     ('CONSULT', 'PAK', 'AFG')),
    ('French President Emmanuel Macron arrived in Beirut on Thursday for a one-day visit.',
     ('CONSULT', 'FRA', 'LBN')),
    ('Japan will provide the Philippines with five coast guard vessels, a government spokesman said.',
     ('AGREE', 'JPN', 'PHL')),
    ('Germany delivered a second Patriot air defence system to Ukraine last week.',
     ('AID', 'DEU', 'UKR')),
    ('Tehran on Sunday accused Israel of being behind the assassination of a nuclear scientist.',
     ('ACCUSE', 'IRN', 'ISR')),
    ("China's foreign ministry criticised the United States for sending warships through the Taiwan Strait.",
     ('ACCUSE', 'CHN', 'USA')),
    ('France urged Iran on Tuesday to release two French citizens held in Tehran.',
     ('REQUEST', 'FRA', 'IRN')),
    ("The UN Security Council called on Myanmar's military to end violence against civilians.",
     ('REQUEST', None, 'MMR')),
    ('Israel rejected a US call for a pause in military operations in Gaza.',
     ('REJECT', 'ISR', 'USA')),
    ("North Korea dismissed South Korea's offer of talks as a deception.",
     ('REJECT', 'PRK', 'KOR')),
    ('Moscow threatened retaliation against Poland over the seizure of a Russian school in Warsaw.',
     ('THREATEN', 'RUS', 'POL')),
    ("Turkey warned that it would block Sweden's NATO bid.",
     ('THREATEN', 'TUR', 'SWE')),
    ('The United States imposed sanctions on Iranian oil exports on Friday.',
     ('SANCTION', 'USA', 'IRN')),
    ('Nigeria cut off electricity supplies to neighbouring Niger after the coup.',
     ('SANCTION', 'NGA', 'NER')),
    ('Israeli jets struck targets near Damascus overnight, Syrian state media reported.',
     ('ASSAULT', 'ISR', 'SYR')),
    ('Russian missiles hit an apartment block in Dnipro, killing at least 40 people.',
     ('ASSAULT', 'RUS', 'UKR')),
    ('Iran detained a British-Iranian dual national on espionage charges.',
     ('COERCE', 'IRN', 'GBR')),
    ('Chinese coast guard vessels blocked a Philippine resupply mission near Second Thomas Shoal.',
     ('COERCE', 'CHN', 'PHL')),
    ('China deployed warships and fighter jets around Taiwan in large-scale drills.',
     ('MOBILIZE', 'CHN', 'TWN')),
    ('Israel and Lebanon agreed on a maritime border after years of US-mediated negotiations.',
     ('AGREE', 'ISR', 'LBN')),
    ('Russia and Ukraine agreed to exchange prisoners, the Turkish presidency said.',
     ('AGREE', 'RUS', 'UKR')),
    ("Washington reaffirmed its support for Israel's right to defend itself.",
     ('SUPPORT', 'USA', 'ISR')),
    ("India praised France for its backing of New Delhi's bid for a permanent seat on the Security Council.",
     ('SUPPORT', 'IND', 'FRA')),
    ('Russia returned 90 Ukrainian prisoners of war under an exchange deal.',
     ('RETREAT', 'RUS', 'UKR')),
    ('Israel withdrew its troops from southern Lebanon under the ceasefire.',
     ('RETREAT', 'ISR', 'LBN')),
    ('The United States and the Philippines launched joint patrols in the South China Sea.',
     ('COOPERATE', 'USA', 'PHL')),
    ('Germany extradited a suspected spy to Poland.',
     ('COOPERATE', 'DEU', 'POL')),
    ("Serbia agreed to recognise Kosovo's licence plates after EU mediation.",
     ('AGREE', 'SRB', 'XKX')),
    # twenty-third own set, 2008-2015 wire news (blind: 13/16 types, 11/16 dyads)
    ('The European Union extended its economic sanctions against Russia for another six months.',
     ('SANCTION', 'EUR', 'RUS')),
    ('US Secretary of State John Kerry met Iranian Foreign Minister Mohammad Javad Zarif in Vienna.',
     ('CONSULT', 'USA', 'IRN')),
    ('Kiev urged Moscow to pull back its troops from the border.',
     ('REQUEST', 'UKR', 'RUS')),
    ('Ukraine accused Russia of sending tanks across the border to help separatists.',
     ('ACCUSE', 'UKR', 'RUS')),
    ('North Korea threatened a nuclear strike against the United States.',
     ('THREATEN', 'PRK', 'USA')),
    ('The United States sent 300 military advisers to Iraq to help fight the jihadists.',
     ('AID', 'USA', 'IRQ')),
    ('Israel released 26 Palestinian prisoners as part of the peace talks.',
     ('RETREAT', 'ISR', 'PSE')),
    ('Russia deployed thousands of troops near the Ukrainian border.',
     ('MOBILIZE', 'RUS', 'UKR')),
    ("Obama pledged support for Ukraine's new government.",
     ('AGREE', 'USA', 'UKR')),
    ('The US and Iraq agreed to share intelligence on Islamic State militants.',
     ('AGREE', 'USA', 'IRQ')),
    # twenty-fifth own set, Africa and Latin America (blind: 8/14 types, 7/14 dyads)
    ('Washington called on Caracas to release all political prisoners.',
     ('REQUEST', 'USA', 'VEN')),
    ('Venezuela rejected the US demand as interference in its internal affairs.',
     ('REJECT', 'VEN', 'USA')),
    ('Lula met Argentine President Javier Milei on the sidelines of the summit.',
     ('CONSULT', 'BRA', 'ARG')),
    ("China agreed to restructure Zambia's debt.",
     ('AGREE', 'CHN', 'ZMB')),
    ('France completed the withdrawal of its troops from Mali.',
     ('RETREAT', 'FRA', 'MLI')),
    ('Moscow expressed support for the military government in Niamey.',
     ('SUPPORT', 'RUS', 'NER')),
    ('Mali signed a defence cooperation agreement with Russia.',
     ('SUPPORT', 'MLI', 'RUS')),
    # twenty-sixth own set, Asia and the Middle East in the 2020s (blind: 9/12 types, 7/12 dyads)
    ('Pakistan retaliated with air strikes on separatist hideouts in Iran.',
     ('ASSAULT', 'PAK', 'IRN')),
    ('Pakistan recalled its ambassador from Tehran and expelled the Iranian envoy.',
     ('SANCTION', 'PAK', 'IRN')),
    ('Chinese President Xi Jinping hosted Saudi Crown Prince Mohammed bin Salman in Beijing.',
     ('CONSULT', 'CHN', 'SAU')),
    ('Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.',
     ('AGREE', 'SAU', 'IRN')),
    ('The Chinese coast guard fired water cannon at a Philippine supply boat.',
     ('ASSAULT', 'CHN', 'PHL')),
    ('Manila accused Beijing of dangerous manoeuvres near the Second Thomas Shoal.',
     ('ACCUSE', 'PHL', 'CHN')),
    ('Tokyo asked Beijing to lift its ban on Japanese seafood imports.',
     ('REQUEST', 'JPN', 'CHN')),
    ('China banned all seafood imports from Japan after the release of treated water from Fukushima.',
     ('SANCTION', 'CHN', 'JPN')),
    ('South Korea will provide $2.3 billion in aid to Ukraine, President Yoon said.',
     ('AGREE', 'KOR', 'UKR')),
    ('Kim Yo Jong warned that South Korea would pay a heavy price for the leaflet launches.',
     ('THREATEN', 'PRK', 'KOR')),
    # twenty-eighth set
    ('Greek Cypriots warned they would boycott the talks unless Turkey withdrew its troops from the island.',
     ('THREATEN', 'CYP', 'TUR')),
    ('Pakistan said on Monday it was ready to resume a dialogue with India on all outstanding issues.',
     ('AGREE', 'PAK', 'IND')),
    # twenty-ninth set
    ('Hungary said it would not extradite the former secret police chief to Romania.', ('REJECT', 'HUN', 'ROU')),
    ('The Croatian government denied permission for a Serb convoy to cross its territory.', ('REJECT', 'HRV', 'SRB')),
    ('The United States said it reserved the right to use force if Pyongyang resumed its nuclear programme.',
     ('THREATEN', 'USA', 'PRK')),
    # thirtieth set: the archive's states are coded as their successors, as PLOVER does
    ('The last Soviet troops left Afghanistan on Wednesday, ending a nine-year military intervention.',
     ('RETREAT', 'RUS', 'AFG')),
    ('Zaire expelled two Belgian diplomats, the foreign ministry in Kinshasa said.', ('SANCTION', 'COD', 'BEL')),
    ('The United States designated the Houthis a terrorist group.', ('COERCE', 'USA', 'YEM')),
    # thirty-first set
    ('The first contingent of Canadian peacekeepers arrived in Haiti on Monday to help maintain order.',
     ('AID', 'CAN', 'HTI')),
    ('French troops evacuated more than 600 foreigners from the Central African capital Bangui.',
     ('AID', 'FRA', 'CAF')),
    ('Armenian forces handed back three villages to Azerbaijan under the terms of the accord.',
     ('RETREAT', 'ARM', 'AZE')),
    ('Saudi Arabia pledged $500 million for the reconstruction of Lebanon, the Saudi news agency reported.',
     ('AGREE', 'SAU', None)),
    # thirty-fifth set (5/17 dyads blind)
    ('Hundreds of Ukrainians rallied outside the Russian embassy in Kiev to protest against the annexation of Crimea.',
     ('PROTEST', 'UKR', 'RUS')),
    ('Angry Pakistanis burned American flags in Karachi after reports of a drone strike that killed civilians.',
     ('PROTEST', 'PAK', 'USA')),
    ('Saudi-led coalition air strikes hit a wedding party in Yemen, killing dozens, medics said.',
     ('ASSAULT', 'SAU', 'YEM')),
    ("Anti-government protesters in Bangkok blocked major intersections for a third day.", ('PROTEST', None, 'THA')),
    ('Farmers dumped manure outside government offices across France in a protest over falling milk prices.',
     ('PROTEST', None, 'FRA')),
    # rules found on the PETR dev fold, checked on sentences of my own
    ('The French prime minister will attend the state funeral in Warsaw on Friday.', ('CONSULT', 'FRA', 'POL')),
    ('Speaking on state television, the Iraqi vice-president warned that any American attack on Iraq would be met '
     'with a ferocious response.', ('THREATEN', 'IRQ', 'USA')),
    ('Japan advised its citizens against travel to Mali after the kidnapping.', ('SANCTION', 'JPN', 'MLI')),
    ('The Turkish president attended the inauguration of the new Azerbaijani leader in Baku.',
     ('CONSULT', 'TUR', 'AZE')),
    # thirty-sixth set (PETR roots beyond force: appeals, intents, praise, concessions, posture; 13/20 dyads blind;
    # three relabelled by PLOVER's table: an apology is SUPPORT, expelling diplomats SANCTION, an amnesty CONCEDE)
    ('Moscow appealed to Washington to refrain from deploying missile defences in Eastern Europe.',
     ('REQUEST', 'RUS', 'USA')),
    ('The International Atomic Energy Agency called on Iran to grant inspectors access to the Parchin military site.',
     ('REQUEST', None, 'IRN')),
    ('China urged North Korea to show restraint after its latest missile launch.',
     ('REQUEST', 'CHN', 'PRK')),
    ('Washington pledged to keep supporting the Afghan security forces after the withdrawal of combat troops.',
     ('AGREE', 'USA', 'AFG')),
    ('India said it was ready to hold talks with Pakistan on all issues including Kashmir.',
     ('AGREE', 'IND', 'PAK')),
    ('Germany praised France for its role in brokering the ceasefire in Georgia.',
     ('SUPPORT', 'DEU', 'FRA')),
    ('France voted in favour of Palestinian membership at UNESCO.',
     ('SUPPORT', 'FRA', 'PSE')),
    ("Myanmar's junta freed more than 200 political prisoners under an amnesty on Friday.",
     ('CONCEDE', 'MMR', None)),
    ('Israel pulled its last troops out of southern Lebanon after 22 years of occupation.',
     ('RETREAT', 'ISR', 'LBN')),
    ('Iran apologised to Britain for the storming of its embassy in Tehran.',
     ('SUPPORT', 'IRN', 'GBR')),
    ('The State Department criticised Russia for its treatment of opposition protesters.',
     ('ACCUSE', 'USA', 'RUS')),
    ('Tokyo lodged a formal protest with Beijing over the incursion of Chinese ships into its territorial waters.',
     ('ACCUSE', 'JPN', 'CHN')),
    ('New Delhi blamed Islamabad for the attack on the Indian parliament.',
     ('ACCUSE', 'IND', 'PAK')),
    ('Russia massed tens of thousands of troops on its border with Ukraine, NATO officials said.',
     ('MOBILIZE', 'RUS', 'UKR')),
    ('North Korea put its troops on high alert after the U.S. and South Korea began joint drills.',
     ('MOBILIZE', 'PRK', None)),
    ('An Egyptian court sentenced 529 supporters of the Muslim Brotherhood to death.',
     ('COERCE', 'EGY', None)),
    ('Russia expelled 60 American diplomats in retaliation for the expulsion of Russian diplomats from the United States.',
     ('SANCTION', 'RUS', 'USA')),
    ('Turkish President Erdogan held talks with Russian President Putin in Sochi on Syria.',
     ('CONSULT', 'TUR', 'RUS')),
    ('U.S. Secretary of State John Kerry arrived in Beijing for two days of talks with Chinese leaders.',
     ('CONSULT', 'USA', 'CHN')),
    ('French and Malian troops carried out a joint operation against Islamist militants in northern Mali.',
     ('COOPERATE', 'FRA', 'MLI')),
    # thirty-second set
    ('The Organization of American States suspended Honduras after the coup.', ('SANCTION', None, 'HND')),
    ('Switzerland said it had expelled two Russian diplomats based in Geneva for spying.', ('SANCTION', 'CHE', 'RUS')),
    ('Shelling by Azerbaijani forces left at least 20 Armenian villagers dead in the Nagorno-Karabakh enclave.',
     ('ASSAULT', 'AZE', None)),
    ('The head of the Revolutionary Guards said Iran would close the Strait of Hormuz if its oil exports were blocked.',
     ('THREATEN', 'IRN', None)),
    # forty-fourth own set (28 sentences; 24/28 types, 20/28 dyads blind)
    ("Iran's Revolutionary Guards said Israel would pay a heavy price if it struck Iranian nuclear facilities.",
     ('THREATEN', 'IRN', 'ISR')),
    ('Russian drones pounded the energy infrastructure of Odesa overnight, officials said.',
     ('ASSAULT', 'RUS', 'UKR')),
    ('The French president urged the European Union to speed up deliveries of air-defence systems to Ukraine.',
     ('REQUEST', 'FRA', 'EUR')),
    ('Washington added 12 Chinese technology firms to its export blacklist.',
     ('SANCTION', 'USA', 'CHN')),
    ('Chinese authorities detained a Japanese pharmaceutical executive on espionage charges.',
     ('COERCE', 'CHN', 'JPN')),
    ('Hamas turned down the latest Egyptian ceasefire plan.',
     ('REJECT', 'PSE', 'EGY')),
    ('French troops completed their pullout from Niger.',
     ('RETREAT', 'FRA', 'NER')),
    ('Japan pledged $500 million in humanitarian assistance to Gaza.',
     ('AGREE', 'JPN', 'PSE')),
    ('Venezuela massed troops near the border with Guyana.',
     ('MOBILIZE', 'VEN', 'GUY')),
    ('Kenyan and Somali forces conducted joint patrols along the border.',
     ('COOPERATE', 'KEN', 'SOM')),
    ("Brazil's president praised China's role in brokering the talks.",
     ('SUPPORT', 'BRA', 'CHN')),
    ('Seoul accused Pyongyang of jamming GPS signals near the border.',
     ('ACCUSE', 'KOR', 'PRK')),
    ('The Houthis vowed to target any American vessel entering the Red Sea.',
     ('THREATEN', 'YEM', 'USA')),
    ("Niger's military rulers asked Washington to withdraw its forces from the country.",
     ('REQUEST', 'NER', 'USA')),
    ('Britain froze the assets of three Iranian officials over human rights abuses.',
     ('SANCTION', 'GBR', 'IRN')),
    ("Hungary vetoed the EU's latest aid package for Ukraine.",
     ('REJECT', 'HUN', 'EUR')),
    ('The Chinese and Indian defence ministers sat down on the sidelines of the SCO meeting in Qingdao.',
     ('CONSULT', 'CHN', 'IND')),
    ('North Korea warned it would respond with nuclear force to any provocation by Washington and Seoul.',
     ('THREATEN', 'PRK', 'USA')),
    ('Turkey dispatched search-and-rescue teams to quake-hit Morocco.',
     ('AID', 'TUR', 'MAR')),
    # forty-fifth own set (30 sentences; 23/30 types blind, 25/30 after relabelling by PLOVER's table: a future provision is a promise, signing is 057)
    ('Vietnamese and Chinese officials wrapped up a fresh round of border negotiations in Hanoi on Friday.',
     ('CONSULT', 'VNM', 'CHN')),
    ('Kyiv renewed its appeal to Berlin for long-range Taurus missiles.',
     ('REQUEST', 'UKR', 'DEU')),
    ('Tehran dismissed as baseless a U.S. demand that it halt uranium enrichment.',
     ('REJECT', 'IRN', 'USA')),
    ("Ankara blocked Sweden's application to join NATO for a second year.",
     ('REJECT', 'TUR', 'SWE')),
    ('Beijing charged that Philippine vessels had illegally entered waters near Scarborough Shoal.',
     ('ACCUSE', 'CHN', 'PHL')),
    ("Belgrade denounced Kosovo's decision to ban the use of the Serbian dinar.",
     ('ACCUSE', 'SRB', 'XKX')),
    ('Moscow threatened Finland with unspecified military-technical measures if it joined NATO.',
     ('THREATEN', 'RUS', 'FIN')),
    ("Azerbaijan's president warned Armenia that it would regret any further provocations on the border.",
     ('THREATEN', 'AZE', 'ARM')),
    ('An Israeli drone strike on a car in southern Lebanon killed two Hezbollah members.',
     ('ASSAULT', 'ISR', 'LBN')),
    ('A Moscow court sentenced an American journalist to 16 years in a high-security penal colony.',
     ('COERCE', 'RUS', 'USA')),
    ('Australia slapped financial sanctions on 17 Russian individuals involved in disinformation.',
     ('SANCTION', 'AUS', 'RUS')),
    ('The EU will provide Moldova with 1.9 billion euros to boost its economy.',
     ('AGREE', 'EUR', 'MDA')),
    ('The Pentagon approved the sale of F-16 spare parts to Taiwan.',
     ('AID', 'USA', 'TWN')),
    ('Spain joined Ireland and Norway in formally recognising a Palestinian state.',
     ('SUPPORT', 'ESP', 'PSE')),
    ('New Delhi expressed solidarity with Israel after the attack.',
     ('SUPPORT', 'IND', 'ISR')),
    ('British and French police launched a joint investigation into the people-smuggling gang.',
     ('COOPERATE', 'GBR', 'FRA')),
    ("Japan and the Philippines signed a reciprocal access agreement allowing troops to train in each other's territory.",
     ('SUPPORT', 'JPN', 'PHL')),
    ('Israel and Hamas agreed to a four-day pause in fighting to allow the release of hostages.',
     ('AGREE', 'ISR', 'PSE')),
    ('China deployed dozens of warplanes and warships around Taiwan in large-scale drills.',
     ('MOBILIZE', 'CHN', 'TWN')),
    # forty-sixth own set (30 sentences in older wire style; 24/30 types blind, 26/30 after relabelling future meetings and loans as promises)
    ('Iraqi warplanes bombed the Iranian border town of Mehran on Sunday, the official Iranian news agency said.',
     ('ASSAULT', 'IRQ', 'IRN')),
    ('Egyptian President Hosni Mubarak will receive Israeli Foreign Minister Shimon Peres in Cairo next week, officials said.',
     ('AGREE', 'EGY', 'ISR')),
    ('North Korea on Tuesday spurned a South Korean offer of emergency rice aid, calling it a propaganda ploy.',
     ('REJECT', 'PRK', 'KOR')),
    ('Syria has lodged a formal complaint with Ankara over the damming of the Euphrates river.',
     ('ACCUSE', 'SYR', 'TUR')),
    ('President Reagan ordered the freezing of all Libyan government assets in the United States.',
     ('SANCTION', 'USA', 'LBY')),
    ('Baghdad warned Kuwait of dire consequences unless it stopped pumping oil from the disputed Rumaila field.',
     ('THREATEN', 'IRQ', 'KWT')),
    ('Tokyo will extend a 50 billion yen loan to Manila for infrastructure projects, the Japanese embassy said.',
     ('AGREE', 'JPN', 'PHL')),
    ('Israel and Jordan agreed on Wednesday to open a second border crossing near Eilat and Aqaba.',
     ('AGREE', 'ISR', 'JOR')),
    ('Vietnam completed the withdrawal of its last troops from Cambodia in September.',
     ('RETREAT', 'VNM', 'KHM')),
    ('India moved three army divisions closer to the Pakistani border in Rajasthan.',
     ('MOBILIZE', 'IND', 'PAK')),
    ('American and Russian astronauts began a joint mission aboard the space station Mir.',
     ('COOPERATE', 'USA', 'RUS')),
    ('France on Friday backed German calls for a common European currency.',
     ('SUPPORT', 'FRA', 'DEU')),
    ("China's official Xinhua news agency lashed out at Washington for interfering in its internal affairs.",
     ('ACCUSE', 'CHN', 'USA')),
    ('The European Community suspended all military cooperation with Nigeria after the annulment of the elections.',
     ('SANCTION', 'EUR', 'NGA')),
    ("Saudi Arabia deposited $2 billion in Egypt's central bank to shore up the pound.",
     ('AID', 'SAU', 'EGY')),
    ('Britain rejected an Argentine call for talks on the sovereignty of the Falkland Islands.',
     ('REJECT', 'GBR', 'ARG')),
    ('Israeli troops imposed a curfew on the West Bank town of Hebron after the shooting.',
     ('COERCE', 'ISR', 'PSE')),
    ('Palestinian youths hurled stones at Israeli soldiers in Gaza during a general strike.',
     ('PROTEST', 'PSE', 'ISR')),
    ('The last U.S. troops pulled out of Somalia on Friday, ending a 15-month mission.',
     ('RETREAT', 'USA', 'SOM')),
    ('German and French forces held joint military manoeuvres near Strasbourg.',
     ('COOPERATE', 'DEU', 'FRA')),
    ("Iran's spiritual leader denounced the United States as the Great Satan in a Friday sermon.",
     ('ACCUSE', 'IRN', 'USA')),
    ("Beijing reaffirmed its all-weather friendship with Islamabad during the Pakistani premier's visit.",
     ('SUPPORT', 'CHN', 'PAK')),
    ('Nelson Mandela appealed to Britain to keep sanctions in place until apartheid was dismantled.',
     ('REQUEST', 'ZAF', 'GBR')),
    # forty-seventh own set (30; 15/30 types blind, 21/30 after relabelling by PLOVER's table: resignations, releases and access are RETREAT, executions ASSAULT, vows AGREE)
    ('Tehran freed a British-Iranian aid worker after six years in detention.',
     ('RETREAT', 'IRN', 'GBR')),
    ('Armenia handed back four border villages to Azerbaijan under a demarcation deal.',
     ('RETREAT', 'ARM', 'AZE')),
    ('India and the United States will co-produce jet engines for Indian fighter aircraft.',
     ('AGREE', 'IND', 'USA')),
    ('Egypt and Israel coordinated the opening of the Rafah crossing for foreign nationals.',
     ('COOPERATE', 'EGY', 'ISR')),
    ('Brazilian and Argentine police dismantled a cocaine trafficking network in a coordinated operation.',
     ('COOPERATE', 'BRA', 'ARG')),
    ("China restructured $4.2 billion of Sri Lanka's debt.",
     ('AID', 'CHN', 'LKA')),
    ('The US House passed a $14 billion military aid bill for Israel.',
     ('AID', 'USA', 'ISR')),
    ("Germany's chancellor vowed to stand by Ukraine for as long as it takes.",
     ('AGREE', 'DEU', 'UKR')),
    ("The UAE voiced confidence in Egypt's economic reforms.",
     ('SUPPORT', 'ARE', 'EGY')),
    ('North Korea ignored repeated South Korean calls to resume dialogue.',
     ('REJECT', 'PRK', 'KOR')),
    ('Ethiopia accused Egypt of trying to destabilise the Horn of Africa.',
     ('ACCUSE', 'ETH', 'EGY')),
    ('Paris attributed a cyberattack on its election systems to Russian military intelligence.',
     ('ACCUSE', 'FRA', 'RUS')),
    ('Beijing warned Manila it would take all necessary measures to defend its sovereignty.',
     ('THREATEN', 'CHN', 'PHL')),
    ('Trump vowed to obliterate Iran if it targeted American forces.',
     ('THREATEN', 'USA', 'IRN')),
    ('Moscow expelled four EU diplomats in a tit-for-tat move.',
     ('SANCTION', 'RUS', 'EUR')),
    ('Poland beefed up its military presence on the border with Belarus.',
     ('MOBILIZE', 'POL', 'BLR')),
    ('American and British jets struck Houthi targets across Yemen overnight.',
     ('ASSAULT', 'USA', 'YEM')),
    ('A Ukrainian naval drone sank a Russian landing ship off Crimea.',
     ('ASSAULT', 'UKR', 'RUS')),
    # set A, written by a helper who never saw the coder or its tests (40; 35/40 types, 30/40 dyads blind)
    ('Japan will extend a 50 billion yen low-interest loan to Indonesia to rebuild ports damaged by the tsunami, Japanese Foreign Ministry officials said in Tokyo on Friday.',
     ('AGREE', 'JPN', 'IDN')),
    ('Indian Prime Minister Narendra Modi arrived in Kathmandu on Thursday for a two-day official visit expected to focus on hydropower and cross-border trade.',
     ('CONSULT', 'IND', 'NPL')),
    ('U.S. President Joe Biden held a 40-minute telephone conversation with South Korean President Yoon Suk Yeol on Tuesday, the White House said in a statement.',
     ('CONSULT', 'USA', 'KOR')),
    ('Armenian and Azerbaijani negotiators held a third day of talks in Washington on Wednesday over a draft peace treaty, diplomats close to the process said.',
     ('CONSULT', 'ARM', 'AZE')),
    ("German Chancellor Angela Merkel praised Greece's reform efforts at a news conference in Berlin, calling the austerity measures adopted by Athens courageous and necessary.",
     ('SUPPORT', 'DEU', 'GRC')),
    ('Sweden formally recognised the State of Palestine on Thursday, the centre-left government in Stockholm announced, becoming the first major western European member of the EU to do so.',
     ('SUPPORT', 'SWE', 'PSE')),
    ('Israel has shared intelligence with the United States on Iranian drone deliveries to Russia, two U.S. officials told Reuters on condition of anonymity.',
     ('COOPERATE', 'ISR', 'USA')),
    ('Turkey airlifted 60 tonnes of tents, blankets and medical supplies to Kabul on Saturday for survivors of the earthquake in western Afghanistan, the disaster agency AFAD said.',
     ('AID', 'TUR', 'AFG')),
    ('Germany has delivered 18 Leopard 2 battle tanks to Ukraine, Defence Minister Boris Pistorius told reporters in Berlin on Tuesday.',
     ('AID', 'DEU', 'UKR')),
    ("Iran released two American hikers from Tehran's Evin prison on Wednesday after bail of $1 million was paid, their lawyer Masoud Shafiei said.",
     ('RETREAT', 'IRN', 'USA')),
    ('Moscow completed the withdrawal of its last 2,500 troops from Lithuania on Tuesday, Lithuanian defence officials said in Vilnius.',
     ('RETREAT', 'RUS', 'LTU')),
    ("Israel's military halted its offensive in the Gaza Strip early on Sunday under a unilateral truce declared by Prime Minister Ehud Olmert, army officials said.",
     ('RETREAT', 'ISR', 'PSE')),
    ('British Foreign Secretary Margaret Beckett demanded that Tehran immediately free the 15 Royal Navy sailors and marines seized in disputed waters of the northern Gulf.',
     ('REQUEST', 'GBR', 'IRN')),
    ('Ukraine has formally requested Taurus long-range cruise missiles from Germany, a spokesman for the Defence Ministry in Berlin confirmed on Saturday.',
     ('REQUEST', 'UKR', 'DEU')),
    ("China's foreign ministry called on the United States to cancel a planned $1.1 billion arms sale to Taiwan, spokeswoman Mao Ning told a regular briefing in Beijing.",
     ('REQUEST', 'CHN', 'USA')),
    ('Seoul accused Pyongyang of planting the landmines that maimed two South Korean soldiers on patrol in the demilitarised zone earlier this month.',
     ('ACCUSE', 'KOR', 'PRK')),
    ('Japan lodged a formal protest with Beijing on Friday after Chinese coast guard ships entered waters around the disputed Senkaku islands, the foreign ministry in Tokyo said.',
     ('ACCUSE', 'JPN', 'CHN')),
    ('Ukraine has filed a lawsuit against Russia at the International Court of Justice in The Hague, President Volodymyr Zelenskiy said on Sunday.',
     ('ACCUSE', 'UKR', 'RUS')),
    ("Afghanistan's ruling Taliban rejected a U.S. demand to hand over Osama bin Laden, their ambassador to Pakistan, Abdul Salam Zaeef, told reporters in Islamabad.",
     ('REJECT', 'AFG', 'USA')),
    ('Israeli Prime Minister Benjamin Netanyahu rebuffed a French proposal for an international Middle East peace conference, his office said in a statement on Sunday.',
     ('REJECT', 'ISR', 'FRA')),
    ("Russian prosecutors formally turned down Britain's request to extradite former KGB bodyguard Andrei Lugovoy, citing a constitutional ban on handing over Russian citizens.",
     ('REJECT', 'RUS', 'GBR')),
    ('Washington threatened to cut off military aid to Egypt unless Cairo lifted restrictions on foreign-funded democracy groups, State Department officials said.',
     ('THREATEN', 'USA', 'EGY')),
    ('Thousands of Pakistanis rallied outside the Danish embassy in Islamabad on Friday, burning flags to protest against cartoons of the Prophet Mohammad.',
     ('PROTEST', 'PAK', 'DNK')),
    ('Chinese consumers staged a widening boycott of Japanese cars and electronics in September 2012 amid the row over disputed East China Sea islands, dealers said.',
     ('PROTEST', 'CHN', 'JPN')),
    ("Serb rioters hurled stones and petrol bombs at the U.S. embassy in Belgrade on Thursday in anger over Kosovo's declaration of independence.",
     ('PROTEST', 'SRB', 'USA')),
    ('Morocco cut diplomatic ties with Iran on Tuesday, Foreign Minister Nasser Bourita announced at a news conference in Rabat.',
     ('SANCTION', 'MAR', 'IRN')),
    ('The Netherlands suspended its development aid programme for Suriname, worth about 100 million guilders a year, the Dutch cabinet announced in The Hague.',
     ('SANCTION', 'NLD', 'SUR')),
    ('Pakistan put its air force on high alert along the eastern border with India on Wednesday, military officials in Rawalpindi said.',
     ('MOBILIZE', 'PAK', 'IND')),
    ('Moscow has massed tens of thousands of troops, tanks and artillery near the Ukrainian border, U.S. officials said on Friday, citing satellite imagery.',
     ('MOBILIZE', 'RUS', 'UKR')),
    ("Chinese state security agents detained two Canadians, former diplomat Michael Kovrig and businessman Michael Spavor, in December 2018, Canada's foreign ministry said.",
     ('COERCE', 'CHN', 'CAN')),
    ('Malaysian immigration authorities deported about 1,200 Indonesian workers through the port of Nunukan this week, officials in Jakarta said.',
     ('COERCE', 'MYS', 'IDN')),
    ("Saudi-led coalition jets struck a wedding party in Yemen's Hajjah province, killing at least 20 people, local health officials said.",
     ('ASSAULT', 'SAU', 'YEM')),
    ('Russian warplanes bombed a market in the Syrian town of Ariha on Sunday, killing at least 14 civilians, according to the Syrian Observatory for Human Rights.',
     ('ASSAULT', 'RUS', 'SYR')),
    # set B, long regional wire sentences by a helper who never saw the coder (40; 39/40 types, 31/40 dyads blind)
    ("China will provide Sri Lanka with a further 500 million dollars in concessional loans to complete the expansion of Hambantota port, the Chinese ambassador in Colombo told reporters on Monday, amid lingering concerns over the island's debt restructuring.",
     ('AGREE', 'CHN', 'LKA')),
    ('In a speech to parliament on Tuesday, Ethiopian Prime Minister Abiy Ahmed said his government was ready to resume negotiations with Egypt over the filling of the Grand Ethiopian Renaissance Dam, according to the state broadcaster EBC.',
     ('AGREE', 'ETH', 'EGY')),
    ('Iranian Foreign Minister Abbas Araghchi arrived in Kabul on Wednesday for talks with Taliban officials on water sharing from the Helmand river and border trade, according to the Iranian foreign ministry, weeks after a deadly shootout between border guards.',
     ('CONSULT', 'IRN', 'AFG')),
    ('Late on Sunday, Venezuelan President Nicolas Maduro held a lengthy telephone conversation with his Colombian counterpart Gustavo Petro about security along their shared border and the fate of migrants stranded near Cucuta, according to Miraflores palace.',
     ('CONSULT', 'VEN', 'COL')),
    ("Indonesian envoys met senior generals of Myanmar's ruling junta in Naypyitaw on Friday to discuss implementation of the ASEAN five-point peace plan, a foreign ministry spokesman in Jakarta said, in the first such encounter this year.",
     ('CONSULT', 'IDN', 'MMR')),
    ("Speaking at a news conference in Cairo on Monday, Egyptian Foreign Minister Badr Abdelatty praised Saudi Arabia's role in the Sudan peace talks in Jeddah, describing Riyadh as an indispensable partner for stability in the Red Sea region.",
     ('SUPPORT', 'EGY', 'SAU')),
    ('Bolivian President Luis Arce signed a formal agreement with Argentina on lithium exploration and cross-border natural gas supplies in La Paz on Thursday, according to the Bolivian presidency, the first such accord between the two neighbours since 2019.',
     ('SUPPORT', 'BOL', 'ARG')),
    ('Pakistani authorities on Monday eased restrictions on registered Afghan refugees in Khyber Pakhtunkhwa, extending their residence permits by a year following repeated appeals from the Taliban government in Kabul, the interior ministry said.',
     ('CONCEDE', 'PAK', 'AFG')),
    ("Colombian and Ecuadorian police carried out a joint operation against cocaine traffickers along the San Miguel river on Saturday, the largest cross-border effort of its kind this year, according to Colombia's defence ministry.",
     ('COOPERATE', 'COL', 'ECU')),
    ('Iraq has begun sharing intelligence on Islamic State cells in the Euphrates valley with Syrian security services, a senior Iraqi security official said on Sunday, as fears grow of a jihadist resurgence in the desert between the two countries.',
     ('COOPERATE', 'IRQ', 'SYR')),
    ('The United Arab Emirates delivered 30 tonnes of medical supplies and food to Port Sudan on Wednesday for civilians displaced by fighting in Darfur, according to the Emirati state news agency WAM, as famine spreads across western Sudan.',
     ('AID', 'ARE', 'SDN')),
    ('Mexico granted political asylum to five Venezuelan opposition figures who had sheltered in its embassy in Caracas for more than a year, the Mexican foreign ministry said on Monday, angering the government of President Nicolas Maduro.',
     ('AID', 'MEX', 'VEN')),
    ("Yemen's Houthi rebels released 153 Saudi detainees on Tuesday in a unilateral goodwill gesture, according to the group's prisoner affairs committee in Sanaa, raising hopes for a broader exchange of prisoners with the Saudi-led coalition.",
     ('RETREAT', 'YEM', 'SAU')),
    ("Eritrean troops began pulling out of several border towns in Ethiopia's northern Tigray region on Monday, according to local officials and aid workers, more than a year after the peace deal that ended the war.",
     ('RETREAT', 'ERI', 'ETH')),
    ("Cambodia's defence ministry announced a ceasefire with Thai forces along the disputed border on Monday after five days of artillery duels, according to a statement issued in Phnom Penh, the first truce between the neighbours in over a decade.",
     ('RETREAT', 'KHM', 'THA')),
    ('The Congolese government on Friday demanded that Rwanda withdraw its troops from North Kivu province within 72 hours, according to government spokesman Patrick Muyaya, days after M23 fighters entered the lakeside town of Sake.',
     ('REQUEST', 'COD', 'RWA')),
    ('Iraqi Foreign Minister Fuad Hussein on Tuesday urged Turkey to release more water from its dams on the upper Tigris and Euphrates, according to a ministry statement, as a prolonged drought devastates farmland across southern Iraq.',
     ('REQUEST', 'IRQ', 'TUR')),
    ('Sri Lanka asked India on Wednesday to stop Tamil Nadu fishermen from trawling in its territorial waters, according to the fisheries ministry in Colombo, amid a long-running dispute over dwindling catches in the Palk Strait.',
     ('REQUEST', 'LKA', 'IND')),
    ("Sudan's army-led government on Thursday accused the United Arab Emirates of supplying drones and weapons to the paramilitary Rapid Support Forces, in a formal complaint submitted to the UN Security Council, according to Sudan's envoy in New York.",
     ('ACCUSE', 'SDN', 'ARE')),
    ("Malaysian Prime Minister Anwar Ibrahim on Saturday condemned Myanmar's military junta for its continued air strikes on villages in Sagaing region, telling reporters in Kuala Lumpur that the generals had shown contempt for ASEAN's peace plan.",
     ('ACCUSE', 'MYS', 'MMR')),
    ("Venezuela on Monday flatly rejected Guyana's proposal to settle the Essequibo dispute at the International Court of Justice, with Vice-President Delcy Rodriguez insisting that only direct bilateral talks could resolve the century-old territorial claim.",
     ('REJECT', 'VEN', 'GUY')),
    ("Mali's military government on Friday rejected an Algerian offer to mediate between Bamako and Tuareg separatist groups in the north, according to a government communique read on state television, a sign of the deepening rift between the neighbours.",
     ('REJECT', 'MLI', 'DZA')),
    ('Somali President Hassan Sheikh Mohamud warned on Tuesday that his country would go to war to block any Ethiopian military base in the breakaway region of Somaliland, according to state radio, deepening fears of a regional conflict.',
     ('THREATEN', 'SOM', 'ETH')),
    ('The European Union threatened on Wednesday to suspend development aid to Burkina Faso unless the military government sets a firm date for elections, according to a statement issued in Brussels by EU foreign policy chief Kaja Kallas.',
     ('THREATEN', 'EUR', 'BFA')),
    ('Thousands of Pakistani protesters marched towards the French embassy in Islamabad after Friday prayers, burning French flags and chanting slogans against President Emmanuel Macron, according to police officials in the capital.',
     ('PROTEST', 'PAK', 'FRA')),
    ('Angry Iraqi demonstrators stormed and set fire to the Swedish embassy in Baghdad early on Thursday in protest at a planned burning of the Koran in Stockholm, according to witnesses and Iraqi security officials.',
     ('PROTEST', 'IRQ', 'SWE')),
    ("Mali's transitional government broke off diplomatic relations with Ukraine on Sunday, days after a Ukrainian military intelligence spokesman appeared to claim a role in a deadly rebel ambush on Malian troops near the Algerian border.",
     ('SANCTION', 'MLI', 'UKR')),
    ("Algeria recalled its ambassador from Madrid with immediate effect on Saturday over Spain's shift in position on Western Sahara, according to the Algerian foreign ministry, in a sharp escalation of the dispute between the two Mediterranean neighbours.",
     ('SANCTION', 'DZA', 'ESP')),
    ('Ethiopia has moved mechanised divisions and heavy artillery closer to its border with Eritrea, according to diplomats and satellite imagery reviewed by Reuters, raising fears that a dispute over Red Sea access could spill into open war.',
     ('MOBILIZE', 'ETH', 'ERI')),
    ("Pakistan's military put its air defence units on high alert along the eastern border with India on Wednesday, a senior security official in Rawalpindi said, amid mounting tension over a deadly militant attack in Indian-administered Kashmir.",
     ('MOBILIZE', 'PAK', 'IND')),
    ('Burkinabe security forces arrested four French nationals working for a cybersecurity firm in Ouagadougou on suspicion of espionage, according to a security source, in a further sign of the rift between the junta and Paris.',
     ('COERCE', 'BFA', 'FRA')),
    ("Saudi authorities carried out the deportation of more than 1,200 Ethiopian migrants from detention centres in Jeddah on Monday, according to Ethiopia's foreign ministry, which said the returnees had landed in Addis Ababa aboard three chartered flights.",
     ('COERCE', 'SAU', 'ETH')),
    ('Congolese M23 rebels shelled positions held by Burundian troops near the town of Minova on Saturday, killing at least 12 soldiers and wounding dozens more, according to military sources in Bujumbura.',
     ('ASSAULT', 'COD', 'BDI')),
    ("Pakistani jets struck suspected militant hideouts in Afghanistan's eastern Paktika province early on Tuesday, killing at least 15 people, including women and children, a spokesman for the Taliban government in Kabul said.",
     ('ASSAULT', 'PAK', 'AFG')),
    ('Colombian FARC dissidents kidnapped two Venezuelan soldiers during a raid on a military outpost in Apure state on Friday, according to Venezuelan Defence Minister Vladimir Padrino Lopez, the latest in a string of cross-border incidents along the Arauca river.',
     ('ASSAULT', 'COL', 'VEN')),
    # set C, nominalisations and passives by a helper who never saw the coder (40; 25/40 types, 15/40 dyads blind; sanctions relabelled SANCTION as PLOVER's gold does)
    ('Israeli military authorities relaxed a ban on political gatherings in the occupied West Bank on Monday, permitting Palestinian mayors to hold public meetings for the first time since 1987, army officials said.',
     ('CONCEDE', 'ISR', 'PSE')),
    ('Some 300 Iraqi prisoners of war were freed by Iran on Sunday and flown home via Ankara under the auspices of the International Committee of the Red Cross, Tehran Radio said.',
     ('RETREAT', 'IRN', 'IRQ')),
    ('The lifting of the 19-year U.S. trade embargo against Vietnam by President Clinton on Thursday opens the way for American companies to compete for contracts in Hanoi.',
     ('RETREAT', 'USA', 'VNM')),
    ("Iraq's suspension of air raids on Iranian cities went into force at midnight on Tuesday, the official Iraqi News Agency said, quoting a military spokesman in Baghdad.",
     ('RETREAT', 'IRQ', 'IRN')),
    ('Kuwait put its armed forces on maximum alert along the northern border with Iraq on Sunday, the state-run Kuwait News Agency said.',
     ('MOBILIZE', 'KWT', 'IRQ')),
    ("Chinese warships staged live-fire exercises in waters north of Taiwan on Thursday, a show of force ahead of the island's presidential election, the New China News Agency said.",
     ('MOBILIZE', 'CHN', 'TWN')),
    ('Turkey stepped up military patrols along its mountainous border with Iraq on Wednesday, a government spokesman said in Ankara.',
     ('MOBILIZE', 'TUR', 'IRQ')),
    ('A Soviet seaman who jumped ship in New Orleans was granted political asylum by the United States on Monday, an Immigration and Naturalization Service spokesman said.',
     ('AID', 'USA', 'RUS')),
    ('The CIA has started shipping Stinger anti-aircraft missiles to Afghan resistance groups based in Pakistan, U.S. officials said on Tuesday.',
     ('AID', 'USA', 'AFG')),
    ('Britain rushed 20 tons of blankets, tents and medical supplies to Armenia on Saturday for survivors of the earthquake that killed at least 25,000 people, the Foreign Office said.',
     ('AID', 'GBR', 'ARM')),
    ('The deployment of 700 Nepalese peacekeepers in southern Lebanon, part of the United Nations force there, was completed on Friday, a U.N. spokesman said in Naqoura.',
     ('AID', 'NPL', 'LBN')),
    ("Prime Minister Yitzhak Shamir's cabinet on Sunday turned down an American proposal for Israeli-Palestinian talks in Cairo, Israel Radio said.",
     ('REJECT', 'ISR', 'USA')),
    ('A Lebanese-sponsored draft resolution demanding an Israeli withdrawal from southern Lebanon was vetoed by the United States in the Security Council on Thursday, U.N. diplomats said.',
     ('REJECT', 'USA', 'LBN')),
    ('Hanoi brushed aside a Chinese offer of talks over the disputed Spratly Islands on Monday, the official Vietnam News Agency reported.',
     ('REJECT', 'VNM', 'CHN')),
    ('Baghdad warned on Sunday that any Israeli strike on its nuclear facilities would draw a devastating response, the official Iraqi News Agency said.',
     ('THREATEN', 'IRQ', 'ISR')),
    ('President Bush set a noon Saturday deadline for Iraq to commence a large-scale withdrawal from Kuwait or face a ground war, White House spokesman Marlin Fitzwater said.',
     ('THREATEN', 'USA', 'IRQ')),
    ('Turkish Prime Minister Mesut Yilmaz hinted on Monday at military action against Syria if Damascus continued to shelter Kurdish rebel leader Abdullah Ocalan, the Anatolian news agency said.',
     ('THREATEN', 'TUR', 'SYR')),
    ('A pledge of $500 million in low-interest loans to the Philippines was announced by Tokyo on Friday to help Manila service its foreign debt, Japanese officials said.',
     ('AGREE', 'JPN', 'PHL')),
    ("Iceland on Monday became the first Western nation to extend formal diplomatic recognition to Lithuania's independence, the Foreign Ministry in Reykjavik said.",
     ('SUPPORT', 'ISL', 'LTU')),
    ("The White House threw its full support behind Philippine President Corazon Aquino's government on Saturday, spokesman Marlin Fitzwater said.",
     ('SUPPORT', 'USA', 'PHL')),
    ('Iran broke off diplomatic relations with Britain on Tuesday over the publication of Salman Rushdie\'s novel "The Satanic Verses," Tehran Radio reported.',
     ('SANCTION', 'IRN', 'GBR')),
    ('The suspension of all U.S. economic and military aid to Panama was ordered by President Reagan on Friday, a State Department spokesman said.',
     ('SANCTION', 'USA', 'PAN')),
    ('More than 300 Palestinians were rounded up by Israeli security forces in overnight sweeps through the Gaza Strip, army sources said on Thursday.',
     ('COERCE', 'ISR', 'PSE')),
    ('A five-day visit to Beijing by Indian Prime Minister Rajiv Gandhi, the first by an Indian leader in 34 years, began on Monday with a banquet in the Great Hall of the People.',
     ('CONSULT', 'IND', 'CHN')),
    ('A demand for the immediate release of British journalist Farzad Bazoft was conveyed to the Iraqi government by Foreign Secretary Douglas Hurd on Monday, a Foreign Office spokesman said.',
     ('REQUEST', 'GBR', 'IRQ')),
    ('A lawsuit charging the United States with illegally mining Nicaraguan harbors was lodged by Nicaragua at the World Court in The Hague on Monday, the Sandinista government said.',
     ('ACCUSE', 'NIC', 'USA')),
    # set D, 2010-2025 news with titles and agencies by a helper who never saw the coder (40; 36/40 types, 24/40 dyads blind)
    ('On Monday, Japanese Prime Minister Fumio Kishida pledged $5.5 billion in fresh financial assistance to Ukraine to help Kyiv keep its economy and public services running.',
     ('AGREE', 'JPN', 'UKR')),
    ("Speaking in Ankara on Friday, Turkish President Recep Tayyip Erdogan announced that Turkey would begin ratifying Finland's application to join NATO in parliament.",
     ('AGREE', 'TUR', 'FIN')),
    ('Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva for talks at the Great Hall of the People in Beijing on Friday.',
     ('CONSULT', 'CHN', 'BRA')),
    ('On Tuesday, French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin for more than two hours, the Elysee Palace said in a statement.',
     ('CONSULT', 'FRA', 'RUS')),
    ('Hungarian Prime Minister Viktor Orban paid an unannounced visit to Moscow on Friday, days after Budapest took over the rotating presidency of the European Union.',
     ('CONSULT', 'HUN', 'RUS')),
    ("On Thursday, Ukrainian President Volodymyr Zelensky hailed the European Union's decision to open accession negotiations with Kyiv as a victory for Ukraine and for all of Europe.",
     ('SUPPORT', 'UKR', 'EUR')),
    ('In Kyiv on Friday, British Prime Minister Rishi Sunak signed a ten-year security pact with Ukrainian President Volodymyr Zelensky.',
     ('SUPPORT', 'GBR', 'UKR')),
    ('On Wednesday, Colombia extradited Dairo Antonio Usuga, the Clan del Golfo leader known as Otoniel, to the United States to face drug trafficking charges.',
     ('COOPERATE', 'COL', 'USA')),
    ("On Thursday, Japan's Defence Ministry airlifted tents and blankets to earthquake-hit southern Turkey aboard Air Self-Defence Force transport planes.",
     ('AID', 'JPN', 'TUR')),
    ('Germany delivered 18 Leopard 2 main battle tanks to Ukraine, Defence Minister Boris Pistorius confirmed on Monday.',
     ('AID', 'DEU', 'UKR')),
    ('Iranian authorities released French national Olivier Grondeau after nearly 900 days in detention, the Elysee Palace confirmed on Thursday.',
     ('RETREAT', 'IRN', 'FRA')),
    ('On Saturday, Russian President Vladimir Putin declared a unilateral Easter truce in Ukraine, ordering all Russian forces to halt hostilities until midnight on Sunday.',
     ('RETREAT', 'RUS', 'UKR')),
    ("On Wednesday, the US Treasury Department temporarily waived sanctions on Venezuela's oil and gas sector, issuing a six-month licence for dealings with state energy firm PDVSA.",
     ('RETREAT', 'USA', 'VEN')),
    ("In a statement on Tuesday, Beijing's Foreign Ministry demanded that Lithuania withdraw its ambassador from Beijing over Vilnius's decision to let Taiwan open a representative office.",
     ('REQUEST', 'CHN', 'LTU')),
    ('On Monday, Turkish President Recep Tayyip Erdogan lambasted Swedish authorities for permitting a Koran-burning outside the Turkish embassy in Stockholm.',
     ('ACCUSE', 'TUR', 'SWE')),
    ('Ukraine lodged a case against Russia at the International Court of Justice on Saturday, President Volodymyr Zelensky wrote on Twitter.',
     ('ACCUSE', 'UKR', 'RUS')),
    ("Kremlin spokesman Dmitry Peskov rebuffed Ukrainian President Volodymyr Zelensky's proposal for a face-to-face meeting with Vladimir Putin, telling reporters such talks were premature.",
     ('REJECT', 'RUS', 'UKR')),
    ("China's Defence Ministry turned down a Pentagon invitation for Defence Minister Li Shangfu to meet US Defence Secretary Lloyd Austin at the Shangri-La Dialogue in Singapore.",
     ('REJECT', 'CHN', 'USA')),
    ("On Monday, North Korea's Defence Ministry warned that its forces would shoot down US spy planes intruding into the country's exclusive economic zone.",
     ('THREATEN', 'PRK', 'USA')),
    ('On Sunday, US President Donald Trump threatened Colombia with 25 percent emergency tariffs on all its goods entering the United States, rising to 50 percent within a week.',
     ('THREATEN', 'USA', 'COL')),
    ('On Monday, Germany expelled 40 Russian diplomats and gave them five days to leave the country, Foreign Minister Annalena Baerbock told reporters in Berlin.',
     ('SANCTION', 'DEU', 'RUS')),
    ('On Friday, Japan recalled its ambassador to South Korea, Yasumasa Nagamine, over a statue symbolising wartime sex slaves placed outside its consulate in Busan.',
     ('SANCTION', 'JPN', 'KOR')),
    ("Russia's Federal Security Service detained Wall Street Journal reporter Evan Gershkovich in Yekaterinburg on Thursday on suspicion of spying for the United States.",
     ('COERCE', 'RUS', 'USA')),
    ('Russian forces pounded the northeastern city of Kharkiv with glide bombs overnight, killing at least three civilians, regional governor Oleh Syniehubov said on Sunday.',
     ('ASSAULT', 'RUS', 'UKR')),
    # forty-eighth own set (30; 24/30 types blind): hosting, thanks, pressing, holding responsible, proposals of talks, staying away
    ('The Emir of Qatar hosted US Secretary of State Antony Blinken in Doha for talks on the hostage deal.',
     ('CONSULT', 'QAT', 'USA')),
    ('Saudi Arabia received a high-level Iranian delegation in Riyadh for the first time in seven years.',
     ('CONSULT', 'SAU', 'IRN')),
    ('Washington congratulated India on the successful landing of its lunar probe.',
     ('SUPPORT', 'USA', 'IND')),
    ('Xi Jinping thanked Vladimir Putin for his warm hospitality during the state visit.',
     ('SUPPORT', 'CHN', 'RUS')),
    ("France hailed Morocco's autonomy plan for Western Sahara as a serious and credible basis for talks.",
     ('SUPPORT', 'FRA', 'MAR')),
    ("The United Arab Emirates commended Saudi Arabia's efforts to end the war in Sudan.",
     ('SUPPORT', 'ARE', 'SAU')),
    ("Germany's foreign minister pressed Beijing to use its influence on Moscow to end the war.",
     ('REQUEST', 'DEU', 'CHN')),
    ('The Iraqi parliament voted to demand the withdrawal of US troops from the country.',
     ('REQUEST', 'IRQ', 'USA')),
    ('The Kremlin refused to return Ukrainian children taken to Russia during the war.',
     ('REJECT', 'RUS', 'UKR')),
    ("Hungary's prime minister did not attend the EU summit on migration.",
     ('REJECT', 'HUN', 'EUR')),
    ('Turkey criticised Sweden for allowing a Koran burning outside its embassy in Stockholm.',
     ('ACCUSE', 'TUR', 'SWE')),
    ('Iran held Israel responsible for the assassination of a senior nuclear scientist near Tehran.',
     ('ACCUSE', 'IRN', 'ISR')),
    ('The US Justice Department charged seven Chinese nationals with running a hacking operation.',
     ('ACCUSE', 'USA', 'CHN')),
    ('Pyongyang said Japan would face destruction if it took part in military drills with the US.',
     ('THREATEN', 'PRK', 'JPN')),
    ('Moscow warned London that British military targets could be hit if Ukraine used British missiles against Russia.',
     ('THREATEN', 'RUS', 'GBR')),
    ('Azerbaijani forces opened fire on Armenian positions along the border, killing two soldiers.',
     ('ASSAULT', 'AZE', 'ARM')),
    ('Nigeria cut off electricity supplies to Niger after the coup.',
     ('SANCTION', 'NGA', 'NER')),
    ('Ukraine downgraded diplomatic ties with Iran over its supply of drones to Russia.',
     ('SANCTION', 'UKR', 'IRN')),
    ('The EU disbursed 400 million euros in earthquake relief to Turkey.',
     ('AID', 'EUR', 'TUR')),
    ('France and Germany launched a joint fighter jet programme.',
     ('COOPERATE', 'FRA', 'DEU')),
    ('Israel and Lebanon accepted a US-brokered deal to demarcate their maritime border.',
     ('AGREE', 'ISR', 'LBN')),
    # set E, 1995-2015 wire copy with ten no-event lines, by a helper who never saw the coder (45; 41/45 blind)
    ('Yugoslav President Slobodan Milosevic assured the European Union envoy that Belgrade would allow international monitors into Kosovo, a senior Western diplomat told Reuters.',
     ('AGREE', 'SRB', 'EUR')),
    ('Pakistan offered on Monday to resume the composite dialogue with India at foreign secretary level, Foreign Office spokeswoman Tasnim Aslam told a weekly news briefing in Islamabad.',
     ('AGREE', 'PAK', 'IND')),
    ('Armenian President Robert Kocharyan and Azerbaijani President Heydar Aliyev held two hours of talks in Key West on the Nagorno-Karabakh conflict, according to U.S. officials.',
     ('CONSULT', 'ARM', 'AZE')),
    ('Kyrgyz Foreign Minister Muratbek Imanaliyev arrived in Tashkent on Tuesday for talks on border demarcation and the use of water from the Syr Darya, the Kyrgyz foreign ministry said.',
     ('CONSULT', 'KGZ', 'UZB')),
    ("Georgian President Eduard Shevardnadze praised Turkey as Tbilisi's most reliable strategic partner in the region, in a weekly radio interview broadcast on Monday.",
     ('SUPPORT', 'GEO', 'TUR')),
    ("Kazakhstan endorsed Uzbekistan's proposal for a nuclear-weapon-free zone in Central Asia, Foreign Minister Kassymzhomart Tokayev told reporters in Almaty.",
     ('SUPPORT', 'KAZ', 'UZB')),
    ('Indian and Bangladeshi border guards conducted joint patrols along a disputed stretch of the frontier in Assam for the first time, a Border Security Force spokesman said.',
     ('COOPERATE', 'IND', 'BGD')),
    ('Kenyan police shared intelligence with their Ethiopian counterparts on al-Shabaab militants operating along the common border, a senior police official in Nairobi said on condition of anonymity.',
     ('COOPERATE', 'KEN', 'ETH')),
    ('India airlifted 50 tonnes of tents, medicines and dried food to cyclone-hit Bangladesh on Saturday, the external affairs ministry in New Delhi said.',
     ('AID', 'IND', 'BGD')),
    ('Ethiopia demanded that Eritrea withdraw its troops from Badme unconditionally, government spokeswoman Selome Tadesse said in Addis Ababa.',
     ('REQUEST', 'ETH', 'ERI')),
    ("Sierra Leone's President Ahmad Tejan Kabbah called on Liberia to stop channelling weapons to Revolutionary United Front rebels, his spokesman said in Freetown.",
     ('REQUEST', 'SLE', 'LBR')),
    ("Georgia's Foreign Ministry accused Russia of dropping bombs on villages in the Pankisi Gorge, describing the overnight raid as a gross violation of Georgian sovereignty.",
     ('ACCUSE', 'GEO', 'RUS')),
    ("Armenian Foreign Minister Vartan Oskanian said Yerevan would not hand back the districts around Nagorno-Karabakh to Azerbaijan until the enclave's final status was settled.",
     ('REJECT', 'ARM', 'AZE')),
    ('Uzbek President Islam Karimov rejected a U.S. demand for an international inquiry into the Andijan bloodshed, the presidential press service in Tashkent said.',
     ('REJECT', 'UZB', 'USA')),
    ("Somalia's Islamic Courts Union vowed to wage holy war against Ethiopian troops inside the country, a spokesman for the movement said in Mogadishu.",
     ('THREATEN', 'SOM', 'ETH')),
    ("The European Union imposed an arms embargo on Uzbekistan on Monday, according to a statement released by the bloc's foreign ministers in Luxembourg.",
     ('SANCTION', 'EUR', 'UZB')),
    ('Azerbaijan expelled two Iranian diplomats on Wednesday, declaring them persona non grata, the Foreign Ministry in Baku said without giving a reason.',
     ('SANCTION', 'AZE', 'IRN')),
    ('India moved tanks and heavy artillery closer to its western border with Pakistan on Friday, army officers in the desert state of Rajasthan said.',
     ('MOBILIZE', 'IND', 'PAK')),
    ('Eritrea has massed some 100,000 troops along its southern border with Ethiopia, according to Western diplomats in Asmara.',
     ('MOBILIZE', 'ERI', 'ETH')),
    ('Georgian police arrested four Russian army officers on spying charges in Tbilisi on Wednesday, the Interior Ministry said.',
     ('COERCE', 'GEO', 'RUS')),
    ('Pakistani authorities deported 32 Afghan nationals through the Torkham border crossing on Tuesday for lacking valid travel documents, a police official in Peshawar said.',
     ('COERCE', 'PAK', 'AFG')),
    # set F, 2016-2025 news with ten no-event lines, by a helper who never saw the coder (45; 36/45 blind)
    ('At a reconstruction conference in Tokyo, Japanese Prime Minister Fumio Kishida pledged an additional $4.5 billion in financial support for Ukraine, with a focus on its battered energy grid.',
     ('AGREE', 'JPN', 'UKR')),
    ('In a surprise announcement from Beijing, Iran and Saudi Arabia agreed to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture between the regional rivals.',
     ('AGREE', 'IRN', 'SAU')),
    ('In Brasilia on Wednesday, Chinese President Xi Jinping held talks with his Brazilian counterpart Luiz Inacio Lula da Silva on trade, infrastructure investment and climate finance.',
     ('CONSULT', 'CHN', 'BRA')),
    ("In his first trip abroad since taking power, Syria's interim President Ahmed al-Sharaa travelled to Riyadh on Sunday, according to the official Saudi Press Agency.",
     ('CONSULT', 'SYR', 'SAU')),
    ('In his nightly video address, Ukrainian President Volodymyr Zelensky praised Poland as a true friend whose solidarity Ukrainians would never forget.',
     ('SUPPORT', 'UKR', 'POL')),
    ('In a long-anticipated decision, Spain formally recognised the State of Palestine on Tuesday, a step Prime Minister Pedro Sanchez described as a matter of historic justice.',
     ('SUPPORT', 'ESP', 'PSE')),
    ('In a bid to unblock its NATO membership, Sweden met a key Turkish demand by tightening its anti-terrorism legislation to criminalise participation in extremist organisations.',
     ('CONCEDE', 'SWE', 'TUR')),
    ("In a sign of warming ties, Jordan shared intelligence with Syria's new authorities on drug-smuggling networks active along their common border, according to a Jordanian security official.",
     ('COOPERATE', 'JOR', 'SYR')),
    ("Chinese and Russian coast guard vessels conducted their first joint patrol in the North Pacific this week, according to a statement from China's coast guard.",
     ('COOPERATE', 'CHN', 'RUS')),
    ('Ahead of the winter, Germany delivered an additional IRIS-T air defence system to Ukraine, according to a list of military supplies published by the government in Berlin.',
     ('AID', 'DEU', 'UKR')),
    ("After more than three years behind bars, French nationals Cecile Kohler and Jacques Paris were released by Iranian authorities from Tehran's Evin prison, President Emmanuel Macron confirmed late on Tuesday.",
     ('RETREAT', 'IRN', 'FRA')),
    ('Early on Wednesday, Israeli troops pulled out of the southern Lebanese town of Khiam and several nearby villages, according to a statement from the Lebanese army.',
     ('RETREAT', 'ISR', 'LBN')),
    ("In a letter to the UN Security Council, Guyana's Foreign Minister Hugh Todd demanded that Venezuela withdraw its troops from the border area and respect the 1899 arbitral award.",
     ('REQUEST', 'GUY', 'VEN')),
    ('Speaking to reporters in Brussels, EU foreign policy chief Kaja Kallas called on Israel to lift its restrictions on humanitarian deliveries into Gaza without delay.',
     ('REQUEST', 'EUR', 'ISR')),
    ('In a diplomatic note delivered on Friday, Ecuador formally requested that Mexico hand over former Vice President Jorge Glas, a longtime ally of ex-president Rafael Correa.',
     ('REQUEST', 'ECU', 'MEX')),
    ("In a statement carried by the KCNA state news agency, North Korea's foreign ministry accused the United States of turning the Korean peninsula into a powder keg.",
     ('ACCUSE', 'PRK', 'USA')),
    ('In unusually blunt remarks, Chinese Foreign Ministry spokesperson Mao Ning condemned the Philippines for what she called repeated provocations near the Second Thomas Shoal.',
     ('ACCUSE', 'CHN', 'PHL')),
    ('South Africa filed a case against Israel at the International Court of Justice on Friday, alleging that its conduct in Gaza breaches the 1948 Genocide Convention.',
     ('ACCUSE', 'ZAF', 'ISR')),
    ('Kremlin spokesman Dmitry Peskov on Monday rejected a European Union proposal for an unconditional 30-day ceasefire in Ukraine, describing it as a one-sided attempt to buy time for Kyiv.',
     ('REJECT', 'RUS', 'EUR')),
    ("Iran's Revolutionary Guards warned on Sunday that Israel would face a crushing response if it struck Iranian nuclear facilities, according to the semi-official Tasnim news agency.",
     ('THREATEN', 'IRN', 'ISR')),
    ('In a post on Truth Social, President Donald Trump threatened to impose sweeping tariffs on Colombian goods unless Bogota accepted military flights carrying deported migrants.',
     ('THREATEN', 'USA', 'COL')),
    ("The European Union adopted its 16th package of sanctions against Russia on Monday, targeting dozens more tankers in Moscow's shadow fleet as well as imports of Russian aluminium.",
     ('SANCTION', 'EUR', 'RUS')),
    ('In a sharp escalation of a months-long diplomatic row, Algeria declared twelve French embassy officials persona non grata, according to French Foreign Minister Jean-Noel Barrot.',
     ('SANCTION', 'DZA', 'FRA')),
    ("Without prior warning, China's Eastern Theater Command staged large-scale air and naval drills around Taiwan on Tuesday, codenamed Strait Thunder-2025A.",
     ('MOBILIZE', 'CHN', 'TWN')),
    ("In one of its largest operations to date, the Dominican Republic deported more than 10,000 Haitian migrants in a single week, according to the country's migration directorate.",
     ('COERCE', 'DOM', 'HTI')),
    ("Israeli warplanes struck what the military described as weapons depots in the Bekaa Valley in eastern Lebanon overnight, according to Lebanon's state-run National News Agency.",
     ('ASSAULT', 'ISR', 'LBN')),
    ('Saudi authorities executed three Pakistani men for smuggling heroin into the kingdom, the interior ministry announced in a statement carried by state television on Tuesday.',
     ('ASSAULT', 'SAU', 'PAK')),
    ('Overnight, Russian forces pounded Kharkiv with glide bombs and Shahed drones, wounding at least 17 civilians, regional governor Oleh Syniehubov wrote on Telegram.',
     ('ASSAULT', 'RUS', 'UKR')),
    # set G, 1980s-2000s wire sentences with indirect phrasings, by a helper who never saw the coder (48; 35/48 blind)
    ('Syrian President Hafez Assad assured visiting U.S. Secretary of State James Baker on Thursday that Damascus would send a delegation to the proposed Middle East peace conference.',
     ('AGREE', 'SYR', 'USA')),
    ('West German Chancellor Helmut Kohl flew to Moscow on Sunday for two days of talks with Soviet President Mikhail Gorbachev on the future of a united Germany.',
     ('CONSULT', 'DEU', 'RUS')),
    ('Senior Chinese and Vietnamese diplomats have been holding secret talks in Beijing since last week on ways to end their decade-long feud over Cambodia, Asian diplomatic sources said.',
     ('CONSULT', 'CHN', 'VNM')),
    ('Late Wednesday, Israeli Foreign Minister Shimon Peres telephoned his Egyptian counterpart, Esmat Abdel-Meguid, to discuss the deadlock over the disputed Taba beach resort on the Red Sea.',
     ('CONSULT', 'ISR', 'EGY')),
    ("The Soviet Union voiced firm support on Tuesday for Syria's stand in the Lebanese crisis, according to a statement carried by the official news agency Tass.",
     ('SUPPORT', 'RUS', 'SYR')),
    ("Japanese Prime Minister Morihiro Hosokawa expressed deep remorse to South Korean President Kim Young-sam on Saturday for the suffering caused by Japan's 35 years of colonial rule over the Korean peninsula.",
     ('SUPPORT', 'JPN', 'KOR')),
    ('Syria has quietly acceded to a long-standing American request to let Syrian Jews travel abroad freely, State Department officials said on Friday.',
     ('CONCEDE', 'SYR', 'USA')),
    ('Italian police handed over to Spanish authorities on Wednesday a suspected member of the Basque separatist group ETA, in the first such extradition between the two countries.',
     ('COOPERATE', 'ITA', 'ESP')),
    ('Despite a last-minute computer failure, Soviet and West German scientists went ahead on Monday with a joint experiment in materials processing aboard the orbiting Mir space station, Tass reported.',
     ('COOPERATE', 'RUS', 'DEU')),
    ('Japan airlifted 60 tons of tents, blankets and medicines to flood-ravaged Bangladesh on Saturday, where more than two million people have been left homeless.',
     ('AID', 'JPN', 'BGD')),
    ('The Bush administration rushed $20 million in emergency military aid to the Salvadoran government on Thursday, including ammunition and helicopter spare parts, to help it fend off the guerrilla offensive.',
     ('AID', 'USA', 'SLV')),
    ('The last Soviet troops pulled out of Afghanistan on Wednesday, crossing the Amu Darya river bridge into the Soviet Union and ending a nine-year military intervention.',
     ('RETREAT', 'RUS', 'AFG')),
    ('Libyan leader Moammar Gadhafi ordered the release of six Italian fishermen held since March for straying into Libyan territorial waters, the official news agency JANA said.',
     ('RETREAT', 'LBY', 'ITA')),
    ('Iraq called off its air and missile attacks on Iranian cities on Tuesday in response to an appeal by U.N. Secretary-General Javier Perez de Cuellar, the Iraqi News Agency said.',
     ('RETREAT', 'IRQ', 'IRN')),
    ("Chinese Foreign Minister Qian Qichen renewed Beijing's demand on Sunday for a complete and verifiable withdrawal of Vietnamese troops from Cambodia before any normalization of relations.",
     ('REQUEST', 'CHN', 'VNM')),
    ('In a note delivered through the Swiss embassy in Buenos Aires, Britain has asked the Argentine government for firm assurances that it will not use force against the Falkland Islands.',
     ('REQUEST', 'GBR', 'ARG')),
    ('Pakistan lodged a strong protest with India on Friday over what it called repeated violations of its airspace by Indian fighter jets near the border city of Lahore.',
     ('ACCUSE', 'PAK', 'IND')),
    ('Iranian Foreign Minister Ali Akbar Velayati blamed the United States on Sunday for the downing of an Iranian airliner over the Gulf, calling it a "barbaric massacre."',
     ('ACCUSE', 'IRN', 'USA')),
    ('The Sandinista government of Nicaragua filed suit against the United States at the International Court of Justice in The Hague, charging that the CIA had mined its harbors.',
     ('ACCUSE', 'NIC', 'USA')),
    ('Israeli Prime Minister Yitzhak Shamir on Monday spurned an Egyptian proposal for talks in Cairo between Israel and a Palestinian delegation, saying it would open the door to a PLO state.',
     ('REJECT', 'ISR', 'EGY')),
    ('Greek Prime Minister Andreas Papandreou brushed aside a Turkish offer of talks on the disputed Aegean continental shelf, insisting the issue belonged before the International Court of Justice.',
     ('REJECT', 'GRC', 'TUR')),
    ('Hanoi on Thursday ruled out any Chinese role in a settlement of the Cambodian conflict, the official Vietnam News Agency said.',
     ('REJECT', 'VNM', 'CHN')),
    ('Libyan leader Moammar Gadhafi warned Tuesday that Libya would strike at American bases in southern Europe if U.S. warplanes attacked his country again.',
     ('THREATEN', 'LBY', 'USA')),
    ('Turkey gave Syria until the end of the month to expel Kurdish rebel leader Abdullah Ocalan or face military action, senior Turkish officials said in Ankara.',
     ('THREATEN', 'TUR', 'SYR')),
    ('The United States raised the possibility on Thursday of imposing trade sanctions against Japan unless Tokyo opens its public works construction market to American firms.',
     ('THREATEN', 'USA', 'JPN')),
    ('Thousands of Pakistani demonstrators stormed the American Cultural Center in Islamabad on Sunday in protest at the publication of Salman Rushdie\'s novel "The Satanic Verses."',
     ('PROTEST', 'PAK', 'USA')),
    ('Britain declared eight Libyan diplomats persona non grata on Thursday, the Foreign Office said in a brief statement issued in London.',
     ('SANCTION', 'GBR', 'LBY')),
    ('Senegal broke off diplomatic relations with neighboring Mauritania on Friday after months of ethnic violence along the Senegal River border.',
     ('SANCTION', 'SEN', 'MRT')),
    ('The Reagan administration slapped a total trade embargo on Nicaragua on Wednesday, barring all imports of Nicaraguan goods and all U.S. exports to the leftist-ruled country.',
     ('SANCTION', 'USA', 'NIC')),
    ('Iraq has massed some 30,000 troops and hundreds of tanks along its border with Kuwait, Western diplomats in Baghdad said on Tuesday.',
     ('MOBILIZE', 'IRQ', 'KWT')),
    ('India shut 13 of the 15 border crossing points with landlocked Nepal on Thursday after a bilateral trade and transit treaty expired, the Nepalese news agency RSS reported.',
     ('COERCE', 'IND', 'NPL')),
    ('Israel on Friday expelled four Palestinian activists from the occupied West Bank, flying them by helicopter to the edge of its self-declared security zone in southern Lebanon.',
     ('COERCE', 'ISR', 'PSE')),
    ('Iraqi warplanes carried out a fresh wave of raids on Iranian oil installations on Kharg Island on Monday, the official Iraqi News Agency reported.',
     ('ASSAULT', 'IRQ', 'IRN')),
    ('Saudi Arabia beheaded four Pakistani heroin smugglers in the eastern city of Dammam on Friday, the official Saudi Press Agency said.',
     ('ASSAULT', 'SAU', 'PAK')),
    # set H, domestic politics and internal conflict, by a helper who never saw the coder (48; 38/48 blind)
    ('Colombian and Ecuadorean police launched a joint operation against drug traffickers along the San Miguel river, which marks the border between the two countries.',
     ('COOPERATE', 'COL', 'ECU')),
    ('Tanzania granted political asylum to eleven Burundian opposition politicians in 1996, a government spokesman in Dar es Salaam said.',
     ('AID', 'TZA', 'BDI')),
    ('Rwanda expelled the French ambassador and his staff from Kigali in November 2006, a government spokeswoman told reporters.',
     ('SANCTION', 'RWA', 'FRA')),
    ("The European Union froze development aid to Niger in 2009 over President Mamadou Tandja's bid to extend his rule beyond two terms.",
     ('SANCTION', 'EUR', 'NER')),
    # set I, 1985-2010 lead sentences (attribution first, appositions, light-verb nouns), by a helper who never saw the coder (48; 48/48 types blind)
    ('Syria said on Sunday it was ready to resume peace negotiations with Israel from the point reached under the late Prime Minister Yitzhak Rabin, the official news agency SANA reported.',
     ('AGREE', 'SYR', 'ISR')),
    ("Israeli Prime Minister Yitzhak Rabin and Jordan's King Hussein met and discussed water sharing and border demarcation in a tent on their desert frontier north of Aqaba on Sunday, Jordanian officials said.",
     ('CONSULT', 'ISR', 'JOR')),
    ('According to diplomats in Belgrade, Russian Foreign Minister Yevgeny Primakov arrived in the Yugoslav capital on Tuesday for talks with President Slobodan Milosevic on the escalating crisis in Kosovo.',
     ('CONSULT', 'RUS', 'SRB')),
    ('A spokesman for the Pakistani Foreign Ministry said Prime Minister Nawaz Sharif had telephoned his Indian counterpart, Atal Behari Vajpayee, on Saturday to discuss the tension along the Line of Control in Kashmir.',
     ('CONSULT', 'PAK', 'IND')),
    ('Germany formally recognised the independence of Croatia on Monday, a step Bonn had championed for months over the hesitation of its partners in the European Community.',
     ('SUPPORT', 'DEU', 'HRV')),
    ('A spokesman for the Panamanian Foreign Ministry said Panama had extradited two Colombian cocaine traffickers to the United States on Thursday, the first such case since the fall of Manuel Noriega.',
     ('COOPERATE', 'PAN', 'USA')),
    ('According to Western diplomats in Ankara, Turkey has been sharing military intelligence with Israel for more than a year, a sign of the growing ties between the two non-Arab states.',
     ('COOPERATE', 'TUR', 'ISR')),
    ('Thai and Malaysian police mounted a joint operation along their common border on Sunday to hunt down Moslem separatist guerrillas, a Thai police spokesman said in Bangkok.',
     ('COOPERATE', 'THA', 'MYS')),
    ("Nigeria dispatched 1,500 more peacekeepers to Liberia on Monday to bolster the West African force trying to end the country's civil war, military sources in Lagos said.",
     ('AID', 'NGA', 'LBR')),
    ('Vietnam said on Tuesday it had completed the withdrawal of all its troops from Cambodia, nearly 11 years after they first crossed the border.',
     ('RETREAT', 'VNM', 'KHM')),
    ('Saddam Hussein, the Iraqi president and chairman of the ruling Revolutionary Command Council, freed 33 British hostages on Sunday, most of them elderly or in poor health, Iraqi television reported.',
     ('RETREAT', 'IRQ', 'GBR')),
    ('President Bill Clinton lifted the 19-year-old U.S. trade embargo against Vietnam on Thursday, clearing the way for American companies to do business with their former wartime enemy.',
     ('RETREAT', 'USA', 'VNM')),
    ('Iran demanded on Monday that Iraq pay 100 billion dollars in war reparations as a condition for a lasting peace settlement, the official Islamic Republic News Agency reported.',
     ('REQUEST', 'IRN', 'IRQ')),
    ('Warren Christopher, the U.S. secretary of state, called on Israel on Thursday to ease its closure of the West Bank and Gaza Strip, which has kept tens of thousands of Palestinians from their jobs.',
     ('REQUEST', 'USA', 'ISR')),
    ('A Foreign Ministry spokesman in Islamabad said Pakistan had formally asked India to let a team of U.N. military observers visit the Kashmir valley, where a separatist revolt erupted in 1989.',
     ('REQUEST', 'PAK', 'IND')),
    ('Azerbaijan accused Armenia on Saturday of sending regular army units into Nagorno-Karabakh, a mostly Armenian enclave inside Azerbaijan where fighting has raged since 1988.',
     ('ACCUSE', 'AZE', 'ARM')),
    ("Egypt on Sunday criticised and condemned Israel's decision to build 6,500 homes for Jewish settlers at Har Homa in annexed Arab east Jerusalem, the Middle East News Agency reported.",
     ('ACCUSE', 'EGY', 'ISR')),
    ('Pakistan lodged a formal complaint with India on Wednesday over what it called the harassment of its diplomats in New Delhi by Indian intelligence agents, the Foreign Office in Islamabad said.',
     ('ACCUSE', 'PAK', 'IND')),
    ("Israel's cabinet rejected on Sunday a U.S. proposal for talks in Cairo with a Palestinian delegation, dealing a blow to Secretary of State James Baker's peace efforts, Israel radio said.",
     ('REJECT', 'ISR', 'USA')),
    ('Turkey threatened on Thursday to take military action against Syria unless Damascus stopped sheltering Kurdish rebel leader Abdullah Ocalan, Turkish newspapers reported.',
     ('THREATEN', 'TUR', 'SYR')),
    ('Tariq Aziz, the Iraqi foreign minister, warned on Wednesday that Baghdad would attack Israel if the United States and its allies launched a war to drive Iraqi troops out of Kuwait.',
     ('THREATEN', 'IRQ', 'ISR')),
    ('President George Bush gave Iraq an ultimatum on Friday to begin a large-scale withdrawal from Kuwait by noon on Saturday or face a ground war, the White House said.',
     ('THREATEN', 'USA', 'IRQ')),
    ('The 12-nation European Community imposed economic sanctions on Yugoslavia on Friday in an effort to halt the civil war, EC foreign ministers said in a statement issued in Rome.',
     ('SANCTION', 'EUR', 'SRB')),
    ('Four Iraqi diplomats were expelled by Britain on Thursday for activities incompatible with their status, a Foreign Office spokesman said in London.',
     ('SANCTION', 'GBR', 'IRQ')),
    ("Egypt, the Arab world's most populous country and a key U.S. ally, recalled its ambassador from Tel Aviv on Tuesday for consultations, a Foreign Ministry statement in Cairo said.",
     ('SANCTION', 'EGY', 'ISR')),
    ('According to Western military attaches in Ankara, Turkey has massed about 10,000 troops with tanks and artillery along its border with Syria in recent days.',
     ('MOBILIZE', 'TUR', 'SYR')),
    ('Israel mobilised several thousand reservists on Monday and reinforced its positions along the frontier with Lebanon, Israel army radio said.',
     ('MOBILIZE', 'ISR', 'LBN')),
    ('The family homes of four Palestinian militants were demolished by Israeli troops in the West Bank town of Hebron on Tuesday, Palestinian witnesses and security sources said.',
     ('COERCE', 'ISR', 'PSE')),
    ('Yugoslav federal army gunboats and artillery shelled and pounded the Croatian port of Dubrovnik on Saturday in the heaviest bombardment yet of the Adriatic city, Croatian radio said.',
     ('ASSAULT', 'SRB', 'HRV')),
    ('Saudi Arabia beheaded four Pakistani heroin smugglers on Friday, the Interior Ministry said in a statement carried by the official Saudi Press Agency.',
     ('ASSAULT', 'SAU', 'PAK')),
    ('Iran launched a major offensive against Iraqi positions east of the southern port city of Basra on Friday, according to war communiques broadcast by Tehran radio.',
     ('ASSAULT', 'IRN', 'IRQ')),
    # set J, 32 tempting no-event sentences and 18 look-alike events, by a helper who never saw the coder (50; 34/50 blind, 18 of 32 no-event lines left uncoded)
    ('Japan pledged on Monday to provide Sri Lanka with $300 million in emergency loans to help the island nation weather its worst economic crisis since independence.',
     ('AGREE', 'JPN', 'LKA')),
    ('Chinese Foreign Minister Wang Yi arrived in Islamabad on Saturday for two days of talks with Pakistani leaders on security along the China-Pakistan Economic Corridor.',
     ('CONSULT', 'CHN', 'PAK')),
    ('Yugoslav President Slobodan Milosevic met the American envoy Richard Holbrooke in Belgrade on Monday for talks on the Kosovo crisis, which has killed hundreds of people since February.',
     ('CONSULT', 'SRB', 'USA')),
    ('Brazil formally recognised Palestine as an independent state within its 1967 borders on Friday, becoming the first major South American country to do so.',
     ('SUPPORT', 'BRA', 'PSE')),
    ('Pakistani authorities handed over Ramzi Yousef, the suspected mastermind of the 1993 World Trade Center bombing, to American agents on Wednesday, officials in Islamabad said.',
     ('COOPERATE', 'PAK', 'USA')),
    ('Norway delivered 40 tonnes of medical supplies to Gaza through the Rafah crossing on Sunday, the first shipment of its kind to reach the enclave since the blockade was tightened.',
     ('AID', 'NOR', 'PSE')),
    ('The last Russian troops pulled out of the city of Kherson on Friday, ending an eight-month occupation that Ukrainian officials say left much of its infrastructure destroyed.',
     ('RETREAT', 'RUS', 'UKR')),
    ("Germany's foreign minister demanded on Thursday that Belarus release the opposition activist Maria Kolesnikova, who has been in prison since her arrest in 2020.",
     ('REQUEST', 'DEU', 'BLR')),
    ('Britain accused Russian military intelligence on Thursday of orchestrating a cyberattack on the headquarters of the chemical weapons watchdog in The Hague in April.',
     ('ACCUSE', 'GBR', 'RUS')),
    ("Hungary vetoed on Monday a joint European Union statement criticising China's crackdown in Hong Kong, the second time in a month it has blocked such a declaration.",
     ('REJECT', 'HUN', 'EUR')),
    ('North Korea threatened on Tuesday to take "strong countermeasures" against South Korea if Seoul went ahead with joint military exercises with the United States next month.',
     ('THREATEN', 'PRK', 'KOR')),
    ("Hundreds of South Koreans rallied outside the Japanese embassy in Seoul on Wednesday to protest against Tokyo's decision to release treated water from the Fukushima nuclear plant.",
     ('PROTEST', 'KOR', 'JPN')),
    ('The European Union imposed sanctions on eleven Myanmar officials involved in the military coup on Monday, including the commander-in-chief, Senior General Min Aung Hlaing.',
     ('SANCTION', 'EUR', 'MMR')),
    ('Saudi-led coalition warplanes struck a bus at a crowded market in Dahyan in northern Yemen on Thursday, killing dozens of children, Houthi officials said.',
     ('ASSAULT', 'SAU', 'YEM')),
    # set K, parser-hostile wire sentences (mid-sentence attribution, opening adverbials, headlines), by a helper who never saw the coder (48; 38/48 blind)
    ('Iraq to free 300 Iranian prisoners of war as a goodwill gesture ahead of the Moslem feast of Eid al-Adha, the official Iraqi News Agency (INA) said on Sunday.',
     ('AGREE', 'IRQ', 'IRN')),
    ('Iran and Iraq, U.N. Secretary-General Javier Perez de Cuellar told a packed Security Council chamber, have agreed to a ceasefire in their eight-year Gulf war starting on August 20.',
     ('AGREE', 'IRN', 'IRQ')),
    ('West German Chancellor Helmut Kohl telephoned Soviet leader Mikhail Gorbachev on Wednesday to discuss the timetable for German unification, a government spokesman in Bonn said.',
     ('CONSULT', 'DEU', 'RUS')),
    ('Maldives President Maumoon Abdul Gayoom hosted Indian Prime Minister Rajiv Gandhi in Male on Friday for two days of talks on fisheries, shipping and regional security, officials said.',
     ('CONSULT', 'MDV', 'IND')),
    ('Britain and the Irish Republic, ending months of wrangling over the future of Northern Ireland, signed the Anglo-Irish Agreement at Hillsborough Castle near Belfast on Friday.',
     ('SUPPORT', 'GBR', 'IRL')),
    ("Japanese negotiators, trade officials in Tokyo said, had given in to long-standing U.S. demands for wider access to the country's 500 billion dollar construction market.",
     ('CONCEDE', 'JPN', 'USA')),
    ('Saudi Interior Minister Prince Nayef bin Abdul-Aziz, officials in Riyadh said, has handed U.S. investigators the interrogation records of 13 suspects in the bombing of the Khobar Towers.',
     ('COOPERATE', 'SAU', 'USA')),
    ('France and West Germany, after years of haggling over costs, launched a joint 1.2 billion franc project on Thursday to build 427 Tiger anti-tank attack helicopters for their armies.',
     ('COOPERATE', 'FRA', 'DEU')),
    ('The Reagan administration has secretly shipped some 150 Stinger shoulder-fired anti-aircraft missiles to U.S.-backed Afghan mujahideen guerrillas, congressional sources said on Tuesday.',
     ('AID', 'USA', 'AFG')),
    ('Iran frees 15 British sailors and marines held for 13 days in the northern Gulf, the official Islamic Republic News Agency (IRNA) reported on Thursday.',
     ('RETREAT', 'IRN', 'GBR')),
    ('Iraq, in a strongly worded letter to the U.N. Secretary-General, accused Iran of firing chemical shells at Iraqi troops dug in east of Basra, the official Iraqi News Agency said.',
     ('ACCUSE', 'IRQ', 'IRN')),
    ("Indian officials, in a statement issued in New Delhi on Sunday, blamed Pakistan's Inter-Services Intelligence (ISI) agency for the serial bombings in Bombay that killed 257 people.",
     ('ACCUSE', 'IND', 'PAK')),
    ("The 12-nation European Community, in a joint statement issued in Brussels, condemned South Africa's raids on alleged ANC bases in Botswana, Zambia and Zimbabwe.",
     ('ACCUSE', 'EUR', 'ZAF')),
    ("Prime Minister Yitzhak Shamir's government, in a terse statement issued after a four-hour cabinet session, rejected the Egyptian proposal for Israeli-Palestinian talks in Cairo.",
     ('REJECT', 'ISR', 'EGY')),
    ("For the fifth time in two years, the United States on Tuesday blocked Nicaragua's draft resolution in the U.N. Security Council over the World Court ruling on the Contra war.",
     ('REJECT', 'USA', 'NIC')),
    ("North Korea, in a statement carried by the official Korean Central News Agency (KCNA), turned down South Korea's offer of 'unconditional' talks on reuniting families separated by the 1950-53 war.",
     ('REJECT', 'PRK', 'KOR')),
    ("Tens of thousands of Pakistanis, chanting 'Death to America', burned U.S. flags and effigies of President Bill Clinton outside the American consulate in Karachi on Friday.",
     ('PROTEST', 'PAK', 'USA')),
    ("Hundreds of South Korean students hurled firebombs at the U.S. Information Service building in the southern city of Kwangju on Thursday in protest at Washington's trade policies.",
     ('PROTEST', 'KOR', 'USA')),
    ("Britain, in a move Prime Minister Margaret Thatcher described as 'unavoidable', broke off diplomatic relations with Syria on Friday over Damascus's alleged role in the Hindawi affair.",
     ('SANCTION', 'GBR', 'SYR')),
    ("Moscow, in what the official news agency Tass called a 'tit-for-tat' response, on Sunday expelled five American diplomats, including the U.S. embassy's second secretary.",
     ('SANCTION', 'RUS', 'USA')),
    ('Israeli troops, an army spokesman said, rounded up 45 suspected activists of the Islamic Resistance Movement (Hamas) in overnight raids across the occupied West Bank.',
     ('COERCE', 'ISR', 'PSE')),
    ("The Israeli army, a military source in Jerusalem said, imposed a 24-hour curfew on the Lebanese port city of Tyre and 12 surrounding Shi'ite villages on Saturday.",
     ('COERCE', 'ISR', 'LBN')),
    ("Germany, Interior Ministry officials in Bonn said, deported 150 Romanian asylum-seekers on Tuesday aboard two charter flights from Frankfurt's Rhein-Main airport to Bucharest.",
     ('COERCE', 'DEU', 'ROU')),
    ('U.S. Marines, backed by Cobra helicopter gunships, pounded insurgent positions around the town of Hit in western Anbar province on Friday, a military statement said.',
     ('ASSAULT', 'USA', 'IRQ')),
    # set L, neighbouring types told apart, by a helper who never saw the coder (48; 41/48 blind)
    ('Japanese Prime Minister Fumio Kishida pledged an additional $5.5 billion in financial assistance to Ukraine on Monday, the largest single package announced by Tokyo so far.',
     ('AGREE', 'JPN', 'UKR')),
    ('Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev committed to ending decades of conflict and reopening regional transport links, according to a joint declaration released at the White House.',
     ('AGREE', 'ARM', 'AZE')),
    ("Turkish President Recep Tayyip Erdogan assured Swedish Prime Minister Ulf Kristersson that Ankara would send Stockholm's NATO accession protocol to parliament for ratification, officials in Vilnius said.",
     ('AGREE', 'TUR', 'SWE')),
    ('German Chancellor Olaf Scholz landed in Beijing on Friday for a one-day trip, accompanied by a delegation of senior executives from Volkswagen, BASF and other German companies.',
     ('CONSULT', 'DEU', 'CHN')),
    ("Iranian Foreign Minister Abbas Araghchi and U.S. special envoy Steve Witkoff held a first round of indirect negotiations over Tehran's nuclear programme in Muscat on Saturday.",
     ('CONSULT', 'IRN', 'USA')),
    ('Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese at the Merdeka Palace in Jakarta on Thursday, less than two weeks after the Australian leader won a second term.',
     ('CONSULT', 'IDN', 'AUS')),
    ('Brazilian President Luiz Inacio Lula da Silva hailed Chinese President Xi Jinping as an indispensable partner for the Global South in remarks broadcast by state television on Friday.',
     ('SUPPORT', 'BRA', 'CHN')),
    ('Spain formally recognised a Palestinian state on Tuesday, Prime Minister Pedro Sanchez said in a televised address from Madrid, calling the move a matter of historic justice.',
     ('SUPPORT', 'ESP', 'PSE')),
    ("Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi signed a landmark civil nuclear cooperation accord at the prime minister's office in Tokyo on Friday.",
     ('SUPPORT', 'JPN', 'IND')),
    ('Spanish and Moroccan police carried out a joint operation against an Islamic State recruitment network in Madrid and Tetouan, Spanish Interior Minister Fernando Grande-Marlaska said on Tuesday.',
     ('COOPERATE', 'ESP', 'MAR')),
    ('South Korean Defence Minister Shin Won-sik said on Tuesday that Seoul had begun exchanging real-time missile warning data with Tokyo.',
     ('COOPERATE', 'KOR', 'JPN')),
    ('German Defence Minister Christine Lambrecht said on Wednesday that Berlin had delivered the first of four IRIS-T SLM air defence systems to Ukraine.',
     ('AID', 'DEU', 'UKR')),
    ('Russian President Vladimir Putin announced a unilateral Easter truce in Ukraine on Saturday, lasting from 6 p.m. Moscow time until midnight on Sunday, the Kremlin said.',
     ('RETREAT', 'RUS', 'UKR')),
    ('Pakistan released captured Indian Air Force pilot Wing Commander Abhinandan Varthaman at the Wagah border crossing on Friday evening, Foreign Minister Shah Mahmood Qureshi said.',
     ('RETREAT', 'PAK', 'IND')),
    ('U.S. Treasury Secretary Scott Bessent said on Friday that Washington had eased most economic sanctions on Syria under a new general licence.',
     ('RETREAT', 'USA', 'SYR')),
    ('Hungarian Prime Minister Viktor Orban dropped his objection to a 50-billion-euro European Union support package for Ukraine on Thursday, bowing to pressure from the other 26 leaders.',
     ('CONCEDE', 'HUN', 'EUR')),
    ('Polish Foreign Minister Zbigniew Rau formally demanded that Germany pay 6.2 trillion zlotys in reparations for the losses Poland suffered during the Second World War.',
     ('REQUEST', 'POL', 'DEU')),
    ("Bangladesh's interim government formally asked India to send back former Prime Minister Sheikh Hasina to face trial, foreign affairs adviser Touhid Hossain told reporters in Dhaka.",
     ('REQUEST', 'BGD', 'IND')),
    ('U.S. Secretary of State Antony Blinken told reporters in Tel Aviv that Israel must allow far more humanitarian supplies to reach civilians in Gaza.',
     ('REQUEST', 'USA', 'ISR')),
    ('Iranian Supreme Leader Ayatollah Ali Khamenei warned on Saturday that Israel would receive a tooth-breaking response, speaking to a gathering of students in Tehran.',
     ('THREATEN', 'IRN', 'ISR')),
    ('U.S. President Donald Trump gave Russian President Vladimir Putin 50 days to reach a ceasefire deal or face severe secondary tariffs on buyers of Russian oil.',
     ('THREATEN', 'USA', 'RUS')),
    ('The Philippines lodged a diplomatic protest with China over dangerous manoeuvres by Chinese coast guard ships near Second Thomas Shoal, Foreign Secretary Enrique Manalo said on Monday.',
     ('ACCUSE', 'PHL', 'CHN')),
    ('Ukrainian Prosecutor General Iryna Venediktova said her office was investigating the conduct of Russian troops in the town of Bucha as possible war crimes.',
     ('ACCUSE', 'UKR', 'RUS')),
    ('Chinese Foreign Ministry spokesman Wang Wenbin lambasted the United States for hypocrisy on human rights at a regular news briefing in Beijing on Tuesday.',
     ('ACCUSE', 'CHN', 'USA')),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar brushed aside Canadian Prime Minister Justin Trudeau's allegations as absurd and politically motivated, speaking to reporters in New York.",
     ('REJECT', 'IND', 'CAN')),
    ("Sweden's Supreme Court refused to extradite exiled Turkish journalist Bulent Kenes to Turkey on Monday, citing the political nature of the case.",
     ('REJECT', 'SWE', 'TUR')),
    ("German Foreign Minister Annalena Baerbock declared 40 Russian diplomats persona non grata on Monday, saying they had worked against Germany's freedom and social cohesion.",
     ('SANCTION', 'DEU', 'RUS')),
    ('Colombia formally severed diplomatic relations with Israel on Thursday, Foreign Minister Luis Gilberto Murillo confirmed to reporters in Bogota.',
     ('SANCTION', 'COL', 'ISR')),
    ("German Development Minister Svenja Schulze said Berlin was halting all direct development aid payments to Niger's government until further notice.",
     ('SANCTION', 'DEU', 'NER')),
    ("Iran's Revolutionary Guards seized the British-flagged oil tanker Stena Impero in the Strait of Hormuz on Friday, Guards spokesman Brigadier General Ramezan Sharif said.",
     ('COERCE', 'IRN', 'GBR')),
    ('Polish Defence Minister Mariusz Blaszczak said on Tuesday that Warsaw had stationed some 12,000 soldiers along its border with Belarus.',
     ('MOBILIZE', 'POL', 'BLR')),
    ("Indian Air Force jets bombed a militant training camp near Balakot in Pakistan's Khyber Pakhtunkhwa province before dawn on Tuesday, Foreign Secretary Vijay Gokhale told reporters.",
     ('ASSAULT', 'IND', 'PAK')),
    ("Ukraine's SBU security service assassinated Lieutenant General Igor Kirillov, head of Russia's chemical protection troops, with a bomb hidden in an electric scooter in Moscow, a source in the agency said.",
     ('ASSAULT', 'UKR', 'RUS')),
    ("Cambodian troops fired BM-21 rockets into Thailand's Sisaket province on Thursday, striking a petrol station and killing several civilians, Thai acting Prime Minister Phumtham Wechayachai said.",
     ('ASSAULT', 'KHM', 'THA')),
    # set M, actors named by titles, agencies, seats and places, by a helper who never saw the coder (48; 47/48 types, 38/48 dyads blind)
    ('The Pentagon pledged on Thursday to deliver additional Patriot interceptors to Kyiv within weeks, a senior defence official told reporters in Washington.',
     ('AGREE', 'USA', 'UKR')),
    ("Japan's defence chief promised on Saturday to supply the Philippine coast guard with five more patrol vessels to bolster maritime surveillance in the South China Sea.",
     ('AGREE', 'JPN', 'PHL')),
    ('Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shinzo Abe in Tokyo on Saturday, focusing on high-speed rail and defence ties.',
     ('CONSULT', 'IND', 'JPN')),
    ('The Turkish foreign minister telephoned his Greek counterpart on Monday to discuss migrant flows across the Aegean, the ministry in Ankara said.',
     ('CONSULT', 'TUR', 'GRC')),
    ('A special envoy from the Blue House flew to Pyongyang on Wednesday for talks with North Korean leader Kim Jong Un on a possible summit.',
     ('CONSULT', 'KOR', 'PRK')),
    ("The Kremlin's spokesman on Friday praised Hungarian Prime Minister Viktor Orban for what he called a pragmatic and sovereign stance on energy purchases.",
     ('SUPPORT', 'RUS', 'HUN')),
    ('Brasilia formally recognised the State of Palestine within its 1967 borders in a letter sent to President Mahmoud Abbas on Friday.',
     ('SUPPORT', 'BRA', 'PSE')),
    ("Dutch Prime Minister Mark Rutte apologised to Jakarta on Thursday for his country's conduct during Indonesia's war of independence.",
     ('SUPPORT', 'NLD', 'IDN')),
    ('Pyongyang met a key demand of Washington on Saturday by shutting down its Yongbyon nuclear reactor, inspectors from the International Atomic Energy Agency confirmed.',
     ('CONCEDE', 'PRK', 'USA')),
    ('The government of Hungarian Prime Minister Viktor Orban gave in to European Commission demands on judicial independence on Wednesday to unlock billions in recovery funds.',
     ('CONCEDE', 'HUN', 'EUR')),
    ("Swiss Finance Minister Hans-Rudolf Merz acceded on Friday to a long-standing American demand to relax the country's banking secrecy rules for foreign tax evaders.",
     ('CONCEDE', 'CHE', 'USA')),
    ("Pakistan's Inter-Services Intelligence handed over a suspected al-Qaeda financier to American agents in Peshawar on Tuesday, officials in Islamabad said.",
     ('COOPERATE', 'PAK', 'USA')),
    ("Israel's Shin Bet shared intelligence with Egyptian security services about militant cells in northern Sinai, a senior security official said on Sunday.",
     ('COOPERATE', 'ISR', 'EGY')),
    ('Colombian and Ecuadorian troops carried out a joint operation against cocaine traffickers along their shared jungle border on Thursday, both defence ministries said.',
     ('COOPERATE', 'COL', 'ECU')),
    ('The U.S. Agency for International Development airlifted tents, water purifiers and emergency rations to flood-stricken Pakistan on Sunday, embassy officials said.',
     ('AID', 'USA', 'PAK')),
    ('Tokyo dispatched a 70-member disaster relief team to Kathmandu on Monday to help search for survivors of the weekend earthquake.',
     ('AID', 'JPN', 'NPL')),
    ('Whitehall approved the transfer of fourteen Challenger 2 tanks to the Ukrainian army on Monday, the defence secretary told the House of Commons.',
     ('AID', 'GBR', 'UKR')),
    ('Russian forces pulled out of the southern city of Kherson on Friday, leaving the west bank of the Dnipro River to advancing Ukrainian units.',
     ('RETREAT', 'RUS', 'UKR')),
    ('Tehran freed fifteen Royal Navy sailors and marines on Wednesday, ending a tense thirteen-day standoff with London over disputed waters in the northern Gulf.',
     ('RETREAT', 'IRN', 'GBR')),
    ('The Saudi-led coalition declared a unilateral two-week ceasefire in Yemen on Thursday, citing the need to contain the coronavirus pandemic.',
     ('RETREAT', 'SAU', 'YEM')),
    ('The U.S. embassy in Baghdad urged the Iraqi government on Sunday to take immediate steps to guarantee the safety of foreign diplomatic missions.',
     ('REQUEST', 'USA', 'IRQ')),
    ('The Elysee called on Algerian authorities on Monday to release the French-Algerian writer Boualem Sansal on humanitarian grounds.',
     ('REQUEST', 'FRA', 'DZA')),
    ('Polish President Andrzej Duda appealed to Washington on Tuesday to station more American troops permanently on Polish soil.',
     ('REQUEST', 'POL', 'USA')),
    ("Beijing's Foreign Ministry accused the Philippine coast guard on Monday of deliberately ramming a Chinese vessel near Second Thomas Shoal.",
     ('ACCUSE', 'CHN', 'PHL')),
    ("Britain's Foreign Office formally blamed the nerve agent attack in Salisbury on Russian military intelligence in a statement issued on Wednesday.",
     ('ACCUSE', 'GBR', 'RUS')),
    ("The South Korean foreign ministry lodged a formal protest with Tokyo on Friday over Japan's renewed territorial claim to the Dokdo islets.",
     ('ACCUSE', 'KOR', 'JPN')),
    ('Israeli Prime Minister Benjamin Netanyahu rebuffed a French initiative for an international Middle East peace conference on Sunday, his office said in a statement.',
     ('REJECT', 'ISR', 'FRA')),
    ("Washington vetoed Algeria's draft resolution on Gaza at the UN Security Council on Tuesday, the third such American veto since October.",
     ('REJECT', 'USA', 'DZA')),
    ("Pakistan's army chief warned New Delhi on Wednesday that any Indian military incursion across the Line of Control would be met with a swift and forceful response.",
     ('THREATEN', 'PAK', 'IND')),
    ('A North Korean negotiator threatened on Saturday to turn Seoul into a sea of fire if war broke out on the peninsula.',
     ('THREATEN', 'PRK', 'KOR')),
    ('The European Commission threatened Warsaw with legal action on Wednesday over a sweeping overhaul of the Polish judiciary.',
     ('THREATEN', 'EUR', 'POL')),
    ('Hundreds of South Korean demonstrators rallied outside the Japanese embassy in Seoul on Saturday in a dispute over wartime forced labour.',
     ('PROTEST', 'KOR', 'JPN')),
    ("Hundreds of Indonesian students marched on the Australian embassy in Jakarta on Friday to protest against Canberra's role in East Timor.",
     ('PROTEST', 'IDN', 'AUS')),
    ('Hundreds of Vietnamese protesters gathered outside the Chinese embassy in Hanoi on Sunday, waving national flags and chanting anti-Beijing slogans.',
     ('PROTEST', 'VNM', 'CHN')),
    ("The U.S. Treasury Department blacklisted Iran's central bank on Friday under its counter-terrorism authorities, a senior administration official said.",
     ('SANCTION', 'USA', 'IRN')),
    ("Prime Minister Theresa May's government expelled 23 Russian diplomats from Britain on Wednesday, the biggest such move by London since the Cold War.",
     ('SANCTION', 'GBR', 'RUS')),
    ("Riyadh severed diplomatic relations with Tehran on Sunday, Saudi Foreign Minister Adel al-Jubeir announced at a news conference in the kingdom's capital.",
     ('SANCTION', 'SAU', 'IRN')),
    ("Azerbaijani troops massed along the border with Armenia's Syunik province on Monday, the defence ministry in Yerevan said.",
     ('MOBILIZE', 'AZE', 'ARM')),
    ("Moscow deployed tens of thousands of combat troops along Ukraine's eastern border this month, Western officials said on Friday.",
     ('MOBILIZE', 'RUS', 'UKR')),
    ("Russia's Federal Security Service arrested an American reporter for The Wall Street Journal in Yekaterinburg on Thursday on espionage charges.",
     ('COERCE', 'RUS', 'USA')),
    ("Pakistan's Interior Ministry deported more than 170,000 Afghan migrants through the Torkham crossing this month, officials in Peshawar said on Tuesday.",
     ('COERCE', 'PAK', 'AFG')),
    ('A revolutionary court in Mashhad sentenced French tourist Benjamin Briere to eight years in prison on espionage charges on Tuesday, his lawyer said.',
     ('COERCE', 'IRN', 'FRA')),
    ("Saudi-led coalition jets bombed a crowded market in Yemen's northern Saada province on Thursday, killing dozens of civilians, local health officials said.",
     ('ASSAULT', 'SAU', 'YEM')),
    ('Russian forces shelled residential districts of Kharkiv overnight, killing at least nine people, regional governor Oleh Synehubov said on Sunday.',
     ('ASSAULT', 'RUS', 'UKR')),
    # set N, 1980s-1990s archive wire copy with datelines, by a helper who never saw the coder (48; 40/48 blind; an embargo relabelled SANCTION as PLOVER's gold has it)
    ('TOKYO (Reuters) - Japan has pledged $500 million in new economic aid to the Philippines, Foreign Ministry officials said here today.',
     ('AGREE', 'JPN', 'PHL')),
    ("WARSAW (AP) - West German Chancellor Helmut Kohl assured Polish Prime Minister Tadeusz Mazowiecki yesterday that Bonn would respect Poland's western border, a government spokesman said.",
     ('AGREE', 'DEU', 'POL')),
    ('GENEVA (AP) - The United States and the Soviet Union opened a new round of negotiations on strategic nuclear arms here today, a U.S. spokesman said.',
     ('CONSULT', 'USA', 'RUS')),
    ('The Iraqi News Agency said Iraqi President Saddam Hussein had telephoned Egyptian President Hosni Mubarak yesterday to discuss the situation in the Gulf.',
     ('CONSULT', 'IRQ', 'EGY')),
    ('ALGIERS (AFP) - Algeria today recognised the independent Palestinian state proclaimed by PLO chairman Yasser Arafat here, the official APS news agency said.',
     ('SUPPORT', 'DZA', 'PSE')),
    ("TOKYO (Reuters) - Japanese Prime Minister Toshiki Kaifu has apologised to South Korea for the suffering caused by Japan's colonial rule, government officials said here yesterday.",
     ('SUPPORT', 'JPN', 'KOR')),
    ("BUDAPEST (Reuters) - West German Foreign Minister Hans-Dietrich Genscher today hailed Hungary's reformist leadership as a model for the rest of Eastern Europe, a ministry spokesman said.",
     ('SUPPORT', 'DEU', 'HUN')),
    ('BOGOTA, Colombia (AP) - Colombia has extradited reputed cocaine kingpin Carlos Lehder Rivas to the United States, national police officials said today.',
     ('COOPERATE', 'COL', 'USA')),
    ('HARBIN, China (Xinhua) - Chinese and Soviet timber companies have set up a joint venture here to process lumber for export, the agency said today.',
     ('COOPERATE', 'CHN', 'RUS')),
    ('VIENNA (AP) - Austria has granted political asylum to a Romanian army officer who crossed the border last week, Interior Ministry officials said today.',
     ('AID', 'AUT', 'ROU')),
    ('U.S. officials said today that the Reagan administration had shipped Stinger anti-aircraft missiles to Afghan resistance fighters for the first time.',
     ('AID', 'USA', 'AFG')),
    ('TERMEZ, Soviet Union (AP) - The Soviet Union has completed its troop withdrawal from Afghanistan, the official news agency TASS said today.',
     ('RETREAT', 'RUS', 'AFG')),
    ('WASHINGTON (AP) - President Bush today lifted most U.S. economic sanctions against South Africa, White House officials said.',
     ('RETREAT', 'USA', 'ZAF')),
    ('GENEVA (AP) - Secretary of State James Baker told reporters here today that Iraq must pull every last soldier out of Kuwait.',
     ('REQUEST', 'USA', 'IRQ')),
    ('PRETORIA (AP) - U.S. Assistant Secretary of State Chester Crocker pressed the South African government today to release jailed black leader Nelson Mandela, embassy officials said.',
     ('REQUEST', 'USA', 'ZAF')),
    ('NEW DELHI (Reuters) - India has lodged a strong protest with Pakistan over the treatment of Indian diplomats in Islamabad, the External Affairs Ministry said today.',
     ('ACCUSE', 'IND', 'PAK')),
    ('ANKARA (Reuters) - Turkish Prime Minister Turgut Ozal today blamed Syria for sheltering Kurdish separatist guerrillas, officials said.',
     ('ACCUSE', 'TUR', 'SYR')),
    ('HANOI (AFP) - Vietnam charged today that Chinese warships had intruded into its territorial waters near the Spratly Islands, the official Vietnam News Agency said.',
     ('ACCUSE', 'VNM', 'CHN')),
    ('MOSCOW (AP) - The Soviet Foreign Ministry has rebuffed a Japanese proposal to discuss the return of the southern Kuril islands, a ministry spokesman said today.',
     ('REJECT', 'RUS', 'JPN')),
    ("BAGHDAD (Reuters) - Iraq's ruling Revolutionary Command Council has spurned an American proposal for direct talks in Geneva, the official Iraqi News Agency said.",
     ('REJECT', 'IRQ', 'USA')),
    ('BELGRADE (Reuters) - Yugoslav authorities have refused to let a delegation of U.S. congressmen visit the troubled province of Kosovo, the Tanjug news agency said today.',
     ('REJECT', 'SRB', 'USA')),
    ('BAGHDAD (Reuters) - Iraqi President Saddam Hussein warned today that his forces would burn half of Israel with chemical weapons if the Jewish state struck Iraq.',
     ('THREATEN', 'IRQ', 'ISR')),
    ('BEIJING (AFP) - China threatened today to teach Vietnam a second lesson if Vietnamese troops kept up their incursions along the border, the official Xinhua news agency said.',
     ('THREATEN', 'CHN', 'VNM')),
    ('TRIPOLI, Libya (AP) - Libyan leader Moammar Gadhafi said today that the United States would pay dearly if its warplanes again violated Libyan airspace, the official JANA news agency reported.',
     ('THREATEN', 'LBY', 'USA')),
    ('KWANGJU, South Korea (AP) - Radical South Korean students hurled firebombs at the U.S. cultural center here today, police said.',
     ('PROTEST', 'KOR', 'USA')),
    ('LONDON (AP) - Britain severed diplomatic relations with Syria today, Foreign Secretary Sir Geoffrey Howe told the House of Commons.',
     ('SANCTION', 'GBR', 'SYR')),
    ('WASHINGTON (AP) - The State Department has ordered the expulsion of 55 Soviet diplomats from the embassy here and the consulate in San Francisco, officials said.',
     ('SANCTION', 'USA', 'RUS')),
    ('BRUSSELS (Reuters) - The European Community has cut off development aid to the government of Zairian President Mobutu Sese Seko, Commission officials said today.',
     ('SANCTION', 'EUR', 'COD')),
    ('ISLAMABAD (Reuters) - Pakistan has put its armed forces on high alert along the Indian border, military officials said today.',
     ('MOBILIZE', 'PAK', 'IND')),
    ('Western diplomats said today that Iraq had concentrated about 30,000 troops along its border with Kuwait.',
     ('MOBILIZE', 'IRQ', 'KWT')),
    ('NICOSIA (Reuters) - Turkey has reinforced its garrison in northern Cyprus with 2,000 troops and 50 tanks, Greek Cypriot officials said today.',
     ('MOBILIZE', 'TUR', 'CYP')),
    ('MOSCOW (AP) - Soviet authorities have detained American journalist Nicholas Daniloff on espionage charges, the U.S. embassy said today.',
     ('COERCE', 'RUS', 'USA')),
    ('BAGHDAD (AP) - Iraqi warplanes raided the Iranian oil terminal at Kharg Island today, the military command said in a communique.',
     ('ASSAULT', 'IRQ', 'IRN')),
    ('BEIRUT (Reuters) - Syrian artillery pounded the Christian enclave of east Beirut today, police said.',
     ('ASSAULT', 'SYR', 'LBN')),
    # set O, 2000-2020 regional English-language news with phrasal verbs and long preambles, by a helper who never saw the coder (48; 37/48 blind)
    ('Following a two-day meeting in Addis Ababa, Ethiopia pledged to supply neighbouring Djibouti with cheap electricity from its new hydropower plants for the next ten years, the state-run Ethiopian News Agency reported on Friday.',
     ('AGREE', 'ETH', 'DJI')),
    ('Despite lingering doubts in the West over the disputed presidential vote, China vowed to stand by Zimbabwe and its newly sworn-in leader, foreign ministry spokesman Geng Shuang told a regular news briefing in Beijing.',
     ('AGREE', 'CHN', 'ZWE')),
    ('Amid rising tensions over their disputed Himalayan border, Indian External Affairs Minister S. Jaishankar held talks with his Chinese counterpart Wang Yi on the sidelines of a regional security conference in Moscow on Thursday.',
     ('CONSULT', 'IND', 'CHN')),
    ('Seeking to defuse a long-running row over the treatment of migrant workers, Indonesian President Joko Widodo flew into Kuala Lumpur on Monday for a two-day official visit, the state news agency Antara reported.',
     ('CONSULT', 'IDN', 'MYS')),
    ("As tensions in the Gulf's shipping lanes mounted, Iranian Foreign Minister Mohammad Javad Zarif reached out to his Omani counterpart Yusuf bin Alawi by telephone on Sunday, the official IRNA news agency reported.",
     ('CONSULT', 'IRN', 'OMN')),
    ('In a marked departure from its earlier caution, Qatar threw its weight behind the Egyptian truce proposal for Gaza, according to a foreign ministry statement carried by the official Qatar News Agency.',
     ('SUPPORT', 'QAT', 'EGY')),
    ('Seeking to mend fences with its southern neighbour, the Kenyan government issued a formal apology to Tanzania on Wednesday over disparaging remarks made by a junior minister on a local radio station.',
     ('SUPPORT', 'KEN', 'TZA')),
    ('Under the terms of the Pretoria peace accord, Rwanda withdrew the last of its troops from the eastern Democratic Republic of Congo on Saturday, a Rwandan army spokesman told reporters in Kigali.',
     ('RETREAT', 'RWA', 'COD')),
    ('In a sign of deepening security ties between the two countries, a suspected Indian Mujahideen operative was handed over to New Delhi by the United Arab Emirates on Thursday, Indian officials said.',
     ('COOPERATE', 'ARE', 'IND')),
    ('Amid a surge in militant violence along their shared frontier, Nigerian and Cameroonian troops carried out a joint operation against Boko Haram hideouts in the Mandara mountains, a Cameroonian army spokesman said.',
     ('COOPERATE', 'NGA', 'CMR')),
    ('As Cairo struggled to contain an insurgency in northern Sinai, Jordanian intelligence shared detailed information with Egypt on Islamic State cells operating near the border with Gaza, a senior security official in Amman said.',
     ('COOPERATE', 'JOR', 'EGY')),
    ('As floodwaters continued to rise across Sindh province, Turkey airlifted tents, blankets and food parcels to Pakistan on Friday, the Turkish embassy in Islamabad said in a statement.',
     ('AID', 'TUR', 'PAK')),
    ('With violence flaring again across the north of the country, a first contingent of 500 Chadian peacekeepers arrived in the Malian city of Gao on Wednesday, a spokesman for the UN mission said.',
     ('AID', 'TCD', 'MLI')),
    ('With the border dispute unresolved for more than a decade, Eritrean President Isaias Afwerki called on Ethiopia to pull its troops back from the contested town of Badme, the information ministry in Asmara said.',
     ('REQUEST', 'ERI', 'ETH')),
    ('In a strongly worded letter to the UN Security Council, Kuwait pressed Iraq to hand back the national archives and other state property still held in Baghdad, the official KUNA news agency reported.',
     ('REQUEST', 'KWT', 'IRQ')),
    ("With the monsoon season bearing down on the overcrowded camps near Cox's Bazar, Bangladesh demanded that Myanmar take back more than 700,000 Rohingya refugees, Foreign Minister AK Abdul Momen told reporters in Dhaka.",
     ('REQUEST', 'BGD', 'MMR')),
    ('Amid a deepening row over the Nile waters, Egyptian Foreign Minister Sameh Shoukry lashed out at Ethiopia for filling the reservoir of its giant dam without a binding agreement, state-run Al-Ahram reported.',
     ('ACCUSE', 'EGY', 'ETH')),
    ("In a sharp escalation of the war of words between the neighbours, Pakistan was blamed by Afghanistan's intelligence agency for sheltering the militants behind a deadly siege of a Kabul hotel, Tolo News reported.",
     ('ACCUSE', 'AFG', 'PAK')),
    ("In a widening spat over the treatment of Uighur Muslims in Xinjiang, China's foreign ministry hit back at Turkey on Sunday, calling Ankara's remarks on the issue irresponsible and absurd.",
     ('ACCUSE', 'CHN', 'TUR')),
    ("In a statement issued after the weekly cabinet session, Prime Minister Benjamin Netanyahu's office brushed aside a French proposal for an international Middle East peace conference in Paris.",
     ('REJECT', 'ISR', 'FRA')),
    ("In a setback for Beijing's Belt and Road ambitions in Southeast Asia, Malaysia backed out of a multibillion-dollar rail project with a Chinese state-owned company, Prime Minister Mahathir Mohamad told reporters in Putrajaya.",
     ('REJECT', 'MYS', 'CHN')),
    ("As the standoff over Tehran's nuclear programme deepened, the commander of Iran's Revolutionary Guards threatened to close the Strait of Hormuz to American shipping if Washington moved to halt Iranian oil exports, the Fars news agency reported.",
     ('THREATEN', 'IRN', 'USA')),
    ('With tensions running high along the frontier, Israeli Defence Minister Avigdor Lieberman warned that Lebanon would pay a heavy price if Hezbollah fired rockets at northern Israeli towns, Army Radio reported.',
     ('THREATEN', 'ISR', 'LBN')),
    ('In a dramatic escalation of the dispute over Western Sahara, Morocco broke off diplomatic relations with Iran on Tuesday, Foreign Minister Nasser Bourita told reporters in Rabat.',
     ('SANCTION', 'MAR', 'IRN')),
    ('Days after an alleged spy ring was uncovered in Islamabad, two Indian diplomats were expelled by Pakistan on Thursday, the foreign office said in a brief statement.',
     ('SANCTION', 'PAK', 'IND')),
    ('Amid fears of a return to all-out war, Sudan massed thousands of troops and tanks along its border with South Sudan, satellite images released by a US-based monitoring group showed.',
     ('MOBILIZE', 'SDN', 'SSD')),
    ("With cross-strait relations at their lowest ebb in decades, China's People's Liberation Army staged large-scale air and naval drills around Taiwan on Monday, the defence ministry in Taipei said.",
     ('MOBILIZE', 'CHN', 'TWN')),
    ('As tensions with New Delhi soared, the Pakistani military placed its troops along the border with India on high alert, a senior army spokesman told the Dawn newspaper in Rawalpindi.',
     ('MOBILIZE', 'PAK', 'IND')),
    ("In one of the largest such operations in the kingdom's history, tens of thousands of undocumented Ethiopian workers were deported by Saudi Arabia over the past month, officials in Addis Ababa said.",
     ('COERCE', 'SAU', 'ETH')),
    ("In a bid to stem the flow of weapons to Houthi rebels, Yemen's air, sea and land ports were sealed off by the Saudi-led coalition on Monday, the Saudi Press Agency reported.",
     ('COERCE', 'SAU', 'YEM')),
    ("In one of the deadliest incidents of the four-year conflict, a crowded market in Yemen's northern Saada province was pounded by Saudi-led coalition warplanes on Tuesday, health officials in the Houthi-run territory said.",
     ('ASSAULT', 'SAU', 'YEM')),
    # set P, gold-standard-like plain sentences with less obvious verbs, by a helper who never saw the coder (48; 43/48 blind)
    ("Hanoi accepted a Chinese plan for demarcating the two countries' 1,300-km land border by the end of the decade, the official Vietnam News Agency reported on Wednesday.",
     ('AGREE', 'VNM', 'CHN')),
    ('Japanese Prime Minister Ryutaro Hashimoto paid a call on Chinese President Jiang Zemin in Beijing on Thursday, the first such trip by a Japanese leader in six years.',
     ('CONSULT', 'JPN', 'CHN')),
    ('At his Red Sea retreat in Sharm el-Sheikh, President Hosni Mubarak received Palestinian leader Yasser Arafat for two hours of discussions on the stalled peace process.',
     ('CONSULT', 'EGY', 'PSE')),
    ('The United States stood firmly behind Russian President Boris Yeltsin in his standoff with the hardline parliament, the State Department spokesman told reporters in Washington on Wednesday.',
     ('SUPPORT', 'USA', 'RUS')),
    ('Bonn extended diplomatic recognition to Slovenia on Monday, becoming the first major Western power to do so.',
     ('SUPPORT', 'DEU', 'SVN')),
    ('Thai and Malaysian police launched joint patrols along their common border on Monday to curb the smuggling of weapons and drugs, officials in Bangkok said.',
     ('COOPERATE', 'THA', 'MYS')),
    ('According to Ankara newspapers, Turkish and Israeli intelligence services have exchanged information on the movements of Kurdish guerrillas under a little-publicised security pact.',
     ('COOPERATE', 'TUR', 'ISR')),
    ('Argentina and Brazil joined forces on Thursday to build a hydroelectric dam on the Uruguay River, the two governments said in a joint statement issued in Buenos Aires.',
     ('COOPERATE', 'ARG', 'BRA')),
    ('Tokyo granted Vietnam a loan of 1.2 billion dollars on Tuesday to rebuild roads, ports and power plants, the Japanese embassy in Hanoi said.',
     ('AID', 'JPN', 'VNM')),
    ("Saudi Arabia shipped 100,000 tonnes of crude oil to Jordan free of charge this month to help cover Jordan's winter fuel needs, Jordanian officials said.",
     ('AID', 'SAU', 'JOR')),
    ('Pakistan implored the United States on Tuesday to deliver 28 F-16 fighter planes or refund their cost, a foreign ministry spokesman said in Islamabad.',
     ('REQUEST', 'PAK', 'USA')),
    ('European Union foreign ministers pressed Belgrade to admit international monitors into Kosovo, in a statement issued at the end of their meeting in Luxembourg.',
     ('REQUEST', 'EUR', 'SRB')),
    ("Bangladesh asked India for a larger share of the Ganges waters during the dry season, Dhaka's water resources minister told parliament on Sunday.",
     ('REQUEST', 'BGD', 'IND')),
    ("Zimbabwe's information minister blamed Britain on Monday for orchestrating a campaign to sabotage the country's economy, state radio reported.",
     ('ACCUSE', 'ZWE', 'GBR')),
    ('New Delhi charged Islamabad on Sunday with sending armed infiltrators across the ceasefire line in Kashmir, according to a defence ministry statement.',
     ('ACCUSE', 'IND', 'PAK')),
    ('Baghdad spurned a French compromise on the return of United Nations weapons inspectors, the official Iraqi News Agency said on Thursday.',
     ('REJECT', 'IRQ', 'FRA')),
    ('Turkey turned down a Greek proposal to take their dispute over uninhabited Aegean islets to the International Court of Justice, the foreign ministry in Ankara said.',
     ('REJECT', 'TUR', 'GRC')),
    ("Turkey's army chief said Ankara would retaliate against Syria for harbouring Kurdish guerrillas, in the sharpest warning yet to its southern neighbour.",
     ('THREATEN', 'TUR', 'SYR')),
    ("U.S. trade officials raised the spectre of punitive tariffs on Japanese luxury cars over Tokyo's closed market for auto parts, speaking to reporters on Monday.",
     ('THREATEN', 'USA', 'JPN')),
    ('Iraq threatened to expel American members of the U.N. weapons inspection team within a week, the ruling Baath party newspaper said on Wednesday.',
     ('THREATEN', 'IRQ', 'USA')),
    ("Several hundred Albanian demonstrators picketed the Greek embassy in Tirana on Tuesday over Athens' treatment of Albanian migrant workers, witnesses said.",
     ('PROTEST', 'ALB', 'GRC')),
    ('Morocco recalled its ambassador from Madrid on Wednesday over a dispute about fishing rights, the foreign ministry in Rabat said in a brief statement.',
     ('SANCTION', 'MAR', 'ESP')),
    ('At a meeting in Luxembourg, the European Union froze the foreign assets of Yugoslav President Slobodan Milosevic and his closest associates.',
     ('SANCTION', 'EUR', 'SRB')),
    ('China severed diplomatic ties with Senegal on Friday over its dealings with Taiwan, the official Xinhua news agency reported.',
     ('SANCTION', 'CHN', 'SEN')),
    ('Iraq massed some 20,000 Republican Guard troops near the Kuwaiti border, U.S. defence officials said on Friday.',
     ('MOBILIZE', 'IRQ', 'KWT')),
    ('Thai authorities deported about 300 Burmese migrants across the border at Mae Sot on Friday, immigration officials said.',
     ('COERCE', 'THA', 'MMR')),
    ('American warplanes bombed an Iraqi air defence site near Basra on Monday, the Pentagon said.',
     ('ASSAULT', 'USA', 'IRQ')),
    ('Israeli artillery shelled suspected guerrilla positions in southern Lebanon for a second day on Wednesday, Lebanese security sources said.',
     ('ASSAULT', 'ISR', 'LBN')),
    # set Q, the Americas, Europe and Oceania with passives and light verbs, by a helper who never saw the coder (48; 46/48 blind)
    ("Brazil on Tuesday offered mediation to Haiti's government and opposition parties, saying a negotiated settlement was the only way out of the political crisis.",
     ('AGREE', 'BRA', 'HTI')),
    ("Australia promised 50 million Australian dollars in reconstruction aid to Papua New Guinea's Bougainville province, Foreign Minister Alexander Downer told parliament in Canberra.",
     ('AGREE', 'AUS', 'PNG')),
    ('Argentina and Britain pledged on Thursday to restore direct flights between the Falkland Islands and the South American mainland, diplomats in Buenos Aires said.',
     ('AGREE', 'ARG', 'GBR')),
    ('Haitian President Rene Preval paid a three-day visit to Havana, the first by a Haitian head of state to the communist-ruled island in decades.',
     ('CONSULT', 'HTI', 'CUB')),
    ('Greek Foreign Minister George Papandreou and his Turkish counterpart Ismail Cem held two hours of talks in New York on Tuesday on fighting terrorism and organised crime.',
     ('CONSULT', 'GRC', 'TUR')),
    ('Belarusian opposition leader Sviatlana Tsikhanouskaya was received on Wednesday by Lithuanian President Gitanas Nauseda at the presidential palace in Vilnius.',
     ('CONSULT', 'LTU', 'BLR')),
    ('Costa Rica on Wednesday formally recognised Kosovo as an independent state, becoming the first Central American country to do so.',
     ('SUPPORT', 'CRI', 'XKX')),
    ('The European Union on Monday commended Timor-Leste for the peaceful and orderly conduct of its presidential election, calling the vote a milestone for the young nation.',
     ('SUPPORT', 'EUR', 'TLS')),
    ('Haitian President Rene Preval lauded Brazil on Friday for its leadership of the United Nations stabilisation force, describing Brasilia as a loyal friend of the Haitian people.',
     ('SUPPORT', 'HTI', 'BRA')),
    ('French police handed over a suspected member of the Basque separatist group ETA to Spanish authorities at the Irun border crossing on Tuesday.',
     ('COOPERATE', 'FRA', 'ESP')),
    ('Peruvian and Colombian police carried out a joint operation against cocaine traffickers along the Putumayo River, officials in Lima said on Sunday.',
     ('COOPERATE', 'PER', 'COL')),
    ('Chile on Thursday airlifted 40 tonnes of food, medicine and water purification equipment to Haiti, where the earthquake has left much of the capital in ruins.',
     ('AID', 'CHL', 'HTI')),
    ('The first contingent of 200 Argentine peacekeepers arrived in Cyprus on Monday to join the United Nations force patrolling the buffer zone across the island.',
     ('AID', 'ARG', 'CYP')),
    ('Former Peruvian President Alan Garcia was granted political asylum by Colombia on Thursday, the Colombian foreign ministry announced in a brief statement.',
     ('AID', 'COL', 'PER')),
    ('The last Russian army units pulled out of Lithuania on Tuesday, ending more than five decades of Soviet and Russian military presence in the Baltic republic.',
     ('RETREAT', 'RUS', 'LTU')),
    ('Argentine President Cristina Fernandez de Kirchner on Tuesday demanded that Britain open negotiations on the sovereignty of the Falkland Islands without further delay.',
     ('REQUEST', 'ARG', 'GBR')),
    ('The European Union on Friday called on Belarus to free all political prisoners and halt the persecution of opposition activists and independent journalists.',
     ('REQUEST', 'EUR', 'BLR')),
    ('Peru on Friday formally requested that Chile extradite former President Alberto Fujimori to face charges of corruption and human rights abuses in Lima.',
     ('REQUEST', 'PER', 'CHL')),
    ('Greece lodged a formal protest with Turkey on Monday over repeated violations of Greek airspace by Turkish fighter jets over the Aegean Sea.',
     ('ACCUSE', 'GRC', 'TUR')),
    ('Lithuanian Foreign Minister Gabrielius Landsbergis denounced Belarus on Tuesday for using migrants as a political weapon against the European Union.',
     ('ACCUSE', 'LTU', 'BLR')),
    ("Fiji's military-led government was sharply criticised by New Zealand on Wednesday for indefinitely postponing a return to democratic rule.",
     ('ACCUSE', 'NZL', 'FJI')),
    ('An Argentine proposal to reopen talks on the sovereignty of the Falkland Islands was rebuffed by Britain on Wednesday, a Foreign Office spokesman said in London.',
     ('REJECT', 'GBR', 'ARG')),
    ('Kosovo Prime Minister Ramush Haradinaj on Thursday brushed aside a Serbian proposal to partition Kosovo along ethnic lines, calling it a recipe for renewed bloodshed.',
     ('REJECT', 'XKX', 'SRB')),
    ('Turkish lawmakers on Thursday authorised the government to use military force if Greece extends its territorial waters in the Aegean Sea to 12 nautical miles.',
     ('THREATEN', 'TUR', 'GRC')),
    ('The Cuban government warned Washington on Monday that it would respond forcefully to any further violations of Cuban airspace by exile aircraft based in Florida.',
     ('THREATEN', 'CUB', 'USA')),
    ("Travel bans were imposed on Fiji's military commander and senior members of his regime by Australia on Wednesday, Prime Minister John Howard announced.",
     ('SANCTION', 'AUS', 'FJI')),
    ('Estonia on Thursday expelled a senior Russian diplomat from Tallinn, the Estonian foreign ministry said, without giving reasons for the decision.',
     ('SANCTION', 'EST', 'RUS')),
    ("Washington on Monday cut off all non-humanitarian aid to Haiti, citing the government's failure to hold credible legislative elections.",
     ('SANCTION', 'USA', 'HTI')),
    ('Ecuador on Sunday reinforced its garrisons along the disputed Cordillera del Condor frontier with Peru, the defence ministry in Quito said.',
     ('MOBILIZE', 'ECU', 'PER')),
    ('Former Chilean dictator Augusto Pinochet was arrested by British police at a London clinic where he was recovering from back surgery.',
     ('COERCE', 'GBR', 'CHL')),
    ('Dominican authorities deported more than 2,000 Haitian migrants over the weekend, trucking them across the border crossing at Dajabon, officials said.',
     ('COERCE', 'DOM', 'HTI')),
    # set R, 32 tempting no-event sentences (habits, anniversaries, sport, crime, questions) and 16 look-alike events, by a helper who never saw the coder (48; 36/48 blind)
    ('Japan sent a 70-member disaster relief team to Nepal on Monday to help search for survivors of the earthquake, which has killed more than 3,000 people.',
     ('AID', 'JPN', 'NPL')),
    ('Indian Prime Minister Narendra Modi telephoned Bangladeshi Prime Minister Sheikh Hasina on Wednesday to discuss water sharing on the Teesta River and border security, her office said.',
     ('CONSULT', 'IND', 'BGD')),
    ('Venezuela deployed some 3,000 troops to its border with Colombia on Saturday, President Nicolas Maduro announced in a televised address from Caracas.',
     ('MOBILIZE', 'VEN', 'COL')),
    ('Canada expelled six Indian diplomats, including the high commissioner, on Monday over what Ottawa called a campaign of violence against Sikh separatists on Canadian soil.',
     ('SANCTION', 'CAN', 'IND')),
    ('Thai authorities handed over Russian arms dealer Viktor Bout to American agents at a Bangkok airport on Tuesday, ending a two-year battle over his extradition.',
     ('COOPERATE', 'THA', 'USA')),
    ("Eritrea released four Djiboutian prisoners of war on Friday under a deal mediated by Qatar, Djibouti's foreign ministry said.",
     ('RETREAT', 'ERI', 'DJI')),
    ("Ghana's foreign minister called on Britain on Wednesday to return gold and silver regalia looted from the Asante kingdom by British troops in 1874.",
     ('REQUEST', 'GHA', 'GBR')),
    ("Hundreds of Filipino students marched on the Chinese embassy in Manila on Tuesday, chanting slogans against Beijing's claims in the South China Sea.",
     ('PROTEST', 'PHL', 'CHN')),
    ('Norway pledged on Tuesday to give Malawi $40 million over the next four years to support its primary schools, the Norwegian embassy in Lilongwe said.',
     ('AGREE', 'NOR', 'MWI')),
    ('Sweden on Thursday formally recognised the State of Palestine, Foreign Minister Margot Wallstrom announced in Stockholm, saying the step should make the two parties less unequal.',
     ('SUPPORT', 'SWE', 'PSE')),
    ("Ethiopia on Tuesday rejected Egypt's proposal to involve the United Nations in talks over the Grand Ethiopian Renaissance Dam, its foreign ministry said.",
     ('REJECT', 'ETH', 'EGY')),
    ("Saudi-led coalition warplanes struck a bus carrying schoolchildren at a market in northern Yemen's Saada province on Thursday, killing dozens, the Red Cross said.",
     ('ASSAULT', 'SAU', 'YEM')),
    ("Vietnam's foreign ministry on Thursday accused China of violating its sovereignty by moving a giant oil rig into waters near the Paracel Islands.",
     ('ACCUSE', 'VNM', 'CHN')),
    ('Turkish President Tayyip Erdogan threatened on Friday to suspend diplomatic relations with the United Arab Emirates over its deal to normalise ties with Israel.',
     ('THREATEN', 'TUR', 'ARE')),
    # set S, the six hardest types in many constructions, by a helper who never saw the coder (48; 37/48 blind, read undated)
    ('Japan gave way to American demands for wider access to its semiconductor market in 1986, trade officials in Tokyo said.',
     ('CONCEDE', 'JPN', 'USA')),
    ("Stockholm bowed to a central Turkish demand in 2023, tightening its anti-terrorism legislation to smooth Sweden's path into NATO.",
     ('CONCEDE', 'SWE', 'TUR')),
    ('Colombian and Ecuadorean troops launched a joint operation against cocaine laboratories along their shared border in 2010, defence officials in Bogota said.',
     ('COOPERATE', 'COL', 'ECU')),
    ("Jordan's intelligence service has been passing information on jihadist networks to its Israeli counterparts, officials in Amman disclosed in 2015.",
     ('COOPERATE', 'JOR', 'ISR')),
    ('A suspected drug kingpin was extradited to the United States by Mexico on Thursday, the U.S. Justice Department said in a statement.',
     ('COOPERATE', 'MEX', 'USA')),
    ('China and Pakistan teamed up to build a hydroelectric dam on the Jhelum River, the first project financed under their economic corridor, in 2016.',
     ('COOPERATE', 'CHN', 'PAK')),
    ('Saudi Arabia and Russia coordinated their oil output policies in late 2016, jointly cutting production to prop up crude prices, OPEC delegates said.',
     ('COOPERATE', 'SAU', 'RUS')),
    ('India and Israel co-developed the Barak-8 air defence missile through a venture between their state arms manufacturers, officials in New Delhi said in 2016.',
     ('COOPERATE', 'IND', 'ISR')),
    ('Hugo Chavez vowed in 2008 to send tanks and warplanes against Colombia should its forces ever cross into Venezuelan territory.',
     ('THREATEN', 'VEN', 'COL')),
    ("Iran said it would sever diplomatic ties with Britain unless London distanced itself from Salman Rushdie's novel, the foreign ministry announced in 1989.",
     ('THREATEN', 'IRN', 'GBR')),
    ('Ankara said in 2006 it would boycott French companies bidding for Turkish defence contracts if the French National Assembly passed the Armenian genocide bill.',
     ('THREATEN', 'TUR', 'FRA')),
    ("Israel's defence minister declared in 2012 that his forces would strike Iranian nuclear sites if diplomacy failed to halt uranium enrichment.",
     ('THREATEN', 'ISR', 'IRN')),
    ('President Bush gave Saddam Hussein 48 hours to leave Iraq or face military action, in a televised address in March 2003.',
     ('THREATEN', 'USA', 'IRQ')),
    ('Lithuania was threatened by Beijing in 2021 with a downgrade of diplomatic relations over the opening of a Taiwanese representative office in Vilnius.',
     ('THREATEN', 'CHN', 'LTU')),
    ("China's defence ministry issued a stern warning to the Philippines in 2024, saying Manila would bear all consequences if it continued provocations at Second Thomas Shoal.",
     ('THREATEN', 'CHN', 'PHL')),
    ('Pakistan put its air force on high alert along the Indian border in February 2019, military officials in Rawalpindi said.',
     ('MOBILIZE', 'PAK', 'IND')),
    ("China's army staged large-scale live-fire drills around Taiwan in August 2022, encircling the island with warships and fighter jets.",
     ('MOBILIZE', 'CHN', 'TWN')),
    ('Three Iraqi armoured divisions were moved to the Kuwaiti border by Baghdad in July 1990, U.S. intelligence officials said.',
     ('MOBILIZE', 'IRQ', 'KWT')),
    ('The Indian air force staged a show of force near the Chinese border in Ladakh in 2020, officers in New Delhi said.',
     ('MOBILIZE', 'IND', 'CHN')),
    ('Russia announced a 36-hour truce in Ukraine for Orthodox Christmas in January 2023, the Kremlin said.',
     ('RETREAT', 'RUS', 'UKR')),
    ('Syria completed the pullout of its remaining troops from Lebanon in April 2005, ending a 29-year military presence there.',
     ('RETREAT', 'SYR', 'LBN')),
    ('Pakistan stood down its forces along the Indian border in October 2002, ending a ten-month military standoff, officials in Islamabad said.',
     ('RETREAT', 'PAK', 'IND')),
    ('Fifteen British sailors and marines were released by Iran in April 2007, thirteen days after their capture in the northern Gulf.',
     ('RETREAT', 'IRN', 'GBR')),
    ('Washington shipped Patriot air defence batteries and their American crews to Israel in January 1991, the Pentagon said.',
     ('AID', 'USA', 'ISR')),
    ('Tonnes of food and medicine were airlifted to earthquake-stricken Armenia by French military planes in December 1988.',
     ('AID', 'FRA', 'ARM')),
    ('Nigeria deployed the first 300 peacekeepers to Liberia in August 2003, a spokesman for the West African force said in Monrovia.',
     ('AID', 'NGA', 'LBR')),
    ('Britain granted political asylum to the Russian tycoon Boris Berezovsky in 2003, the Home Office confirmed.',
     ('AID', 'GBR', 'RUS')),
    ('Israel dispatched a military search-and-rescue team to Turkey after the Izmit earthquake in August 1999.',
     ('AID', 'ISR', 'TUR')),
    ('Cuba rushed hundreds of doctors to Haiti in January 2010 to treat earthquake victims, state television reported in Havana.',
     ('AID', 'CUB', 'HTI')),
    # set T, acts inside aspect and control verbs, groups as actors, by a helper who never saw the coder (48; 43/48 blind)
    ("Japan is to provide Bangladesh with a low-interest loan of 40 billion yen to rebuild roads and bridges washed away by last month's floods, the Foreign Ministry in Tokyo announced on Thursday.",
     ('AGREE', 'JPN', 'BGD')),
    ('Chinese Foreign Minister Qian Qichen arrived in Hanoi on Tuesday for a four-day visit, the first by a senior Chinese official in more than a decade, the official Vietnam News Agency said.',
     ('CONSULT', 'CHN', 'VNM')),
    ('Israeli and Jordanian negotiators resumed their talks on water sharing and border demarcation on Wednesday at a hotel outside Washington, officials in Amman said.',
     ('CONSULT', 'ISR', 'JOR')),
    ("Indian Prime Minister Rajiv Gandhi praised Sri Lanka's decision to hold provincial council elections in the Tamil-dominated north as a bold step towards peace, the Press Trust of India reported.",
     ('SUPPORT', 'IND', 'LKA')),
    ("Japanese Prime Minister Toshiki Kaifu apologised to South Korea on Thursday for the suffering caused by Japan's colonial rule of the Korean peninsula, officials in Seoul said.",
     ('SUPPORT', 'JPN', 'KOR')),
    ('Colombia extradited a suspected money launderer for the Medellin cocaine cartel to the United States on Thursday, flying him to Miami under heavy guard, police officials in Bogota said.',
     ('COOPERATE', 'COL', 'USA')),
    ('West German police have been sharing intelligence with their Italian counterparts on the movements of Red Brigades guerrillas thought to be hiding in Frankfurt, the Interior Ministry in Bonn said.',
     ('COOPERATE', 'DEU', 'ITA')),
    ('Thai and Malaysian troops began a joint operation against communist guerrillas along their common border on Monday, a Thai army spokesman said in Bangkok.',
     ('COOPERATE', 'THA', 'MYS')),
    ('The United States began airlifting food, blankets and medicine to drought-stricken northern Ethiopia on Tuesday, the U.S. Agency for International Development said in Washington.',
     ('AID', 'USA', 'ETH')),
    ('Sweden granted political asylum on Tuesday to a Soviet army deserter who had escaped across the border from Finland last month, the Immigration Board in Stockholm said.',
     ('AID', 'SWE', 'RUS')),
    ("The Soviet Union's withdrawal of its last combat troops from Afghanistan was completed on Wednesday when a column of armoured vehicles rolled across the Amu Darya river bridge, Tass said.",
     ('RETREAT', 'RUS', 'AFG')),
    ('Washington demanded on Tuesday that Libya hand over two intelligence agents sought by Scottish and American prosecutors in the bombing of a Pan Am jumbo jet, a State Department spokesman said.',
     ('REQUEST', 'USA', 'LBY')),
    ('Pakistan called on India on Friday to pull its troops back from the Siachen glacier and return to the positions they held before the fighting, the Foreign Office in Islamabad said.',
     ('REQUEST', 'PAK', 'IND')),
    ('Morocco insisted on Tuesday that Algeria stop arming and sheltering the Polisario Front guerrillas in camps around Tindouf, the official MAP news agency reported from Rabat.',
     ('REQUEST', 'MAR', 'DZA')),
    ('Iran accused Iraq on Sunday of using chemical weapons against its troops on the southern front near Basra, the Islamic Republic News Agency said.',
     ('ACCUSE', 'IRN', 'IRQ')),
    ("Nicaragua filed suit against the United States at the World Court in The Hague on Monday, charging that Washington's mining of its harbours violated international law.",
     ('ACCUSE', 'NIC', 'USA')),
    ('Greece lodged a strong protest with Turkey on Wednesday over what it called repeated violations of Greek airspace by Turkish warplanes over the Aegean, the Foreign Ministry in Athens said.',
     ('ACCUSE', 'GRC', 'TUR')),
    ('Israel on Monday rejected a U.S. proposal for talks with a Palestinian delegation in Cairo, Cabinet Secretary Elyakim Rubinstein told reporters in Jerusalem.',
     ('REJECT', 'ISR', 'USA')),
    ("South Africa refused on Thursday to pull its troops out of Namibia ahead of next month's United Nations-supervised elections, the Foreign Ministry in Pretoria said in a statement.",
     ('REJECT', 'ZAF', 'NAM')),
    ('Turkey threatened on Friday to cut off the flow of Euphrates river water to Syria unless Damascus stops harbouring Kurdish guerrilla leaders, a senior official in Ankara said.',
     ('THREATEN', 'TUR', 'SYR')),
    ('South Africa issued an ultimatum to Lesotho on Sunday, giving the mountain kingdom 48 hours to expel African National Congress members or face a total economic blockade, Lesotho radio said.',
     ('THREATEN', 'ZAF', 'LSO')),
    ('Britain expelled three Iranian diplomats on Friday for activities incompatible with their status, the Foreign Office in London said in a brief statement.',
     ('SANCTION', 'GBR', 'IRN')),
    ('The European Community imposed an arms embargo on China on Tuesday, foreign ministers of the twelve member states announced in a joint statement issued in Madrid.',
     ('SANCTION', 'EUR', 'CHN')),
    ('Senegal severed diplomatic relations with neighbouring Mauritania on Friday, the government in Dakar announced in a statement read on state radio.',
     ('SANCTION', 'SEN', 'MRT')),
    ('Iraq has massed some 100,000 troops and hundreds of tanks along its border with Kuwait, U.S. officials said on Wednesday, citing satellite photographs.',
     ('MOBILIZE', 'IRQ', 'KWT')),
    ("China began large-scale naval exercises in the waters off Taiwan on Friday, two weeks before the island's first direct presidential election, the official Xinhua news agency said.",
     ('MOBILIZE', 'CHN', 'TWN')),
    ('India placed its armed forces on high alert along the border with Pakistan on Saturday, a Defence Ministry spokesman said in New Delhi.',
     ('MOBILIZE', 'IND', 'PAK')),
    ('Israeli warplanes stepped up their bombing of Hizbollah guerrilla bases in southern Lebanon on Sunday, hitting targets near the port city of Sidon, Lebanese security sources said.',
     ('ASSAULT', 'ISR', 'LBN')),
    # set U, the seeds' domain (Iran, Russia, the Gulf: envoys, messages, agencies, anonymous sources), by a helper who never saw the coder (48; 44/48 blind)
    ('Russia and Iran agreed to expand cooperation in peaceful nuclear energy, including the construction of new power units at Bushehr, TASS quoted Rosatom chief Alexei Likhachev as saying.',
     ('AGREE', 'RUS', 'IRN')),
    ("Iran's judiciary spokesman Asghar Jahangir said Tehran would free two detained French citizens as part of a prisoner exchange with Paris, the judiciary's Mizan news agency reported.",
     ('AGREE', 'IRN', 'FRA')),
    ("Oman's Foreign Minister Badr Albusaidi delivered a written message from Washington to Iran's top diplomat Abbas Araghchi in Tehran on Sunday, IRNA reported, without disclosing its contents.",
     ('CONSULT', 'OMN', 'IRN')),
    ('Russian Foreign Minister Sergei Lavrov and his Iranian counterpart Abbas Araghchi discussed the situation around the Iranian nuclear programme by telephone on Thursday, the Russian Foreign Ministry said.',
     ('CONSULT', 'RUS', 'IRN')),
    ("Ali Larijani, secretary of Iran's Supreme National Security Council, arrived in Moscow on Tuesday carrying a message from the Supreme Leader to President Vladimir Putin, TASS reported.",
     ('CONSULT', 'IRN', 'RUS')),
    ("Russia's envoy to the international organisations in Vienna, Mikhail Ulyanov, defended Iran's right to enrich uranium for peaceful purposes, RIA Novosti reported on Monday.",
     ('SUPPORT', 'RUS', 'IRN')),
    ("Kremlin spokesman Dmitry Peskov on Friday hailed Oman's efforts to bring Tehran and Washington back to the negotiating table as constructive and timely, the TASS news agency reported.",
     ('SUPPORT', 'RUS', 'OMN')),
    ("Washington gave in to Tehran's demand that the talks in Muscat remain indirect, a diplomatic source familiar with the preparations told Al-Monitor on Saturday.",
     ('CONCEDE', 'USA', 'IRN')),
    ("Baghdad yielded to Washington's demand that it stop paying for Iranian electricity imports, informed sources in the Iraqi Ministry of Electricity told Shafaq News.",
     ('CONCEDE', 'IRQ', 'USA')),
    ("Russia shared satellite imagery of Israeli air bases with Iran's Revolutionary Guards, a Western security official told the Wall Street Journal on condition of anonymity.",
     ('COOPERATE', 'RUS', 'IRN')),
    ("Azerbaijan extradited two Iranian nationals wanted on drug trafficking charges to Tehran on Monday, the Iranian judiciary's Mizan news agency reported.",
     ('COOPERATE', 'AZE', 'IRN')),
    ('Russia supplied Iran with a batch of Su-35 fighter jets and Mi-28 attack helicopters, according to informed sources quoted by the Tasnim news agency.',
     ('AID', 'RUS', 'IRN')),
    ('Iran released an Italian journalist who had been detained in Tehran for three weeks, the office of Italian Prime Minister Giorgia Meloni announced on Wednesday.',
     ('RETREAT', 'IRN', 'ITA')),
    ('US Secretary of State Marco Rubio urged Iran to give up uranium enrichment entirely and hand over its stockpile of highly enriched uranium, the State Department said.',
     ('REQUEST', 'USA', 'IRN')),
    ('Russian Deputy Foreign Minister Sergei Ryabkov said Washington must abandon its policy of maximum pressure on Tehran if it wants a diplomatic solution, RIA Novosti reported.',
     ('REQUEST', 'RUS', 'USA')),
    ('Iranian Foreign Ministry spokesman Esmaeil Baghaei accused Washington of undermining diplomacy by imposing new sanctions on Iranian oil exports, the Tasnim news agency reported.',
     ('ACCUSE', 'IRN', 'USA')),
    ("Israel's military blamed Iran for a cyberattack that disrupted water supplies in several northern towns, an Israeli security official told Channel 12 on Tuesday.",
     ('ACCUSE', 'ISR', 'IRN')),
    ("Iran's mission to the United Nations lodged a formal complaint against Israel with the Security Council over repeated violations of Iranian airspace, IRNA reported.",
     ('ACCUSE', 'IRN', 'ISR')),
    ("Supreme Leader Ayatollah Ali Khamenei dismissed Washington's offer of direct negotiations as neither wise nor honourable, Iranian state television reported on Wednesday.",
     ('REJECT', 'IRN', 'USA')),
    ('Abbas Araghchi said Tehran would not negotiate with Washington over its missile programme or its regional alliances, according to remarks carried by the semi-official Fars news agency.',
     ('REJECT', 'IRN', 'USA')),
    ('Saudi Arabia refused to allow US warplanes to use its airspace for strikes on Iran, a Saudi official told Reuters on condition of anonymity.',
     ('REJECT', 'SAU', 'USA')),
    ('Israeli Defence Minister Israel Katz warned that Tehran would pay a heavy price if it rebuilt its nuclear facilities, according to a statement from his office.',
     ('THREATEN', 'ISR', 'IRN')),
    ("A senior commander of Iran's Revolutionary Guards vowed to strike American bases across the region if Washington attacked Iranian nuclear sites, the Fars news agency reported.",
     ('THREATEN', 'IRN', 'USA')),
    ('French Foreign Minister Jean-Noel Barrot said Paris could reimpose United Nations sanctions on Iran if Tehran failed to restore full cooperation with the IAEA, Le Monde reported.',
     ('THREATEN', 'FRA', 'IRN')),
    ("Hundreds of Iranian students rallied outside the French embassy in Tehran on Sunday, chanting slogans against France's role in the nuclear dispute, the Tasnim news agency reported.",
     ('PROTEST', 'IRN', 'FRA')),
    ('Germany expelled two Iranian diplomats over an alleged spying operation targeting exiled dissidents, the German Foreign Office said in a statement on Thursday.',
     ('SANCTION', 'DEU', 'IRN')),
    ("Bahrain recalled its ambassador from Israel, the kingdom's parliament said in a statement carried by the official Bahrain News Agency on Thursday evening.",
     ('SANCTION', 'BHR', 'ISR')),
    ("The European Union imposed fresh sanctions on six Iranian officials and three companies over Tehran's ballistic missile programme, the EU Council said in a statement.",
     ('SANCTION', 'EUR', 'IRN')),
    ('Israel massed armoured units and reservists along its northern border with Lebanon on Monday, the Israeli army said in a brief statement.',
     ('MOBILIZE', 'ISR', 'LBN')),
    ("Iran's Intelligence Ministry arrested a Swedish citizen on charges of spying for Israel's Mossad, the Tasnim news agency reported on Saturday.",
     ('COERCE', 'IRN', 'SWE')),
    ('Israeli warplanes struck a missile production site east of Tehran overnight, Iranian state media reported, citing a provincial security official.',
     ('ASSAULT', 'ISR', 'IRN')),
    ("Yemen's Houthis launched a ballistic missile at Ben Gurion Airport near Tel Aviv on Sunday, the group's military spokesman Yahya Saree said in a televised statement.",
     ('ASSAULT', 'YEM', 'ISR')),
    ("Russia pounded Ukraine's energy infrastructure with Iranian-designed Shahed drones and cruise missiles overnight, Ukraine's air force said on Telegram.",
     ('ASSAULT', 'RUS', 'UKR')),
    # set V (own, 2026-12-06): verdicts, obligations with 'be ready', mass expulsion, charges, rights
    ('France said the Russian proposal for a ceasefire was unacceptable.',
     ('REJECT', 'FRA', 'RUS')),
    ('Tehran said on Monday that the American conditions were unacceptable.',
     ('REJECT', 'IRN', 'USA')),
    ('Turkish officials said talks with the Syrian government were off the table for now.',
     ('REJECT', 'TUR', 'SYR')),
    ('Washington said that easing sanctions on Iran is out of the question.',
     ('REJECT', 'USA', 'IRN')),
    ('The Palestinian plan is a non-starter, an Israeli official said.',
     ('REJECT', 'ISR', 'PSE')),
    ('Germany said Russian interference in the Moldovan vote was unacceptable.',
     ('ACCUSE', 'DEU', 'RUS')),
    ('Beijing said the Japanese remarks about Taiwan were unacceptable.',
     ('ACCUSE', 'CHN', 'JPN')),
    ('Egypt said Washington must be ready to mediate between Israel and Hamas.',
     ('REQUEST', 'EGY', 'USA')),
    ('The French president said Germany should be prepared to send more air defence systems.',
     ('REQUEST', 'FRA', 'DEU')),
    ('The United States deported 3,000 Mexican migrants last month.',
     ('COERCE', 'USA', 'MEX')),
    ('Israel expelled six Palestinian activists from Jerusalem.',
     ('COERCE', 'ISR', 'PSE')),
    ('Iranian authorities arrested a French academic on charges of espionage.',
     ('ACCUSE', 'IRN', 'FRA')),
    ('Russia detained an American journalist on suspicion of spying.',
     ('ACCUSE', 'RUS', 'USA')),
    ('China jailed a Canadian businessman for smuggling drugs.',
     ('ACCUSE', 'CHN', 'CAN')),
    ('Russian police detained an American tourist for questioning.',
     ('COERCE', 'RUS', 'USA')),
    ('The United States defended the right of Israel to strike back at Hamas.',
     ('SUPPORT', 'USA', 'ISR')),
    ('France backed the right of Ukraine to use Western missiles on Russian territory.',
     ('SUPPORT', 'FRA', 'UKR')),
    ('Iran reserved the right to retaliate against Israel.',
     ('THREATEN', 'IRN', 'ISR')),
    ('North Korea expressed its readiness to resume talks with South Korea.',
     ('AGREE', 'PRK', 'KOR')),
    # set W (helper, blind, 2026-12-06)
    ('Under mounting pressure from Washington, Pakistan acceded on Tuesday to a long-standing U.S. request to let American officials interview the detained nuclear scientist, a foreign ministry spokeswoman said.',
     ('CONCEDE', 'PAK', 'USA')),
    ('Turkey gave in to European Union demands on Thursday and amended its anti-terrorism law, narrowing the definition of terrorism as Brussels had insisted, the justice minister told reporters in Ankara.',
     ('CONCEDE', 'TUR', 'EUR')),
    ('Ethiopian troops began pulling out of the Somali town of Baidoa on Saturday, ending a two-year deployment, residents and a Somali government official said.',
     ('RETREAT', 'ETH', 'SOM')),
    ("Iran on Thursday freed two French nationals who had been detained for nearly three years, President Emmanuel Macron's office said in a brief statement.",
     ('RETREAT', 'IRN', 'FRA')),
    ("Vietnam, which had kept some 200,000 soldiers in Cambodia for a decade, completed the withdrawal of its last combat units from Cambodia on Tuesday, Hanoi's official news agency said.",
     ('RETREAT', 'VNM', 'KHM')),
    ("Venezuela's government turned down a U.S. offer of emergency food aid on Friday, saying the country had no need of charity from Washington, state television reported.",
     ('REJECT', 'VEN', 'USA')),
    ('Israeli officials on Sunday dismissed a French proposal to convene an international peace conference in Paris, saying only direct negotiations with the Palestinians could end the conflict.',
     ('REJECT', 'ISR', 'FRA')),
    ('Russia on Wednesday refused a British request to extradite the two men suspected of the poisoning, citing a constitutional ban on handing over Russian citizens, a Kremlin spokesman said.',
     ('REJECT', 'RUS', 'GBR')),
    ('A Sudanese proposal to refer the dispute over the Grand Ethiopian Renaissance Dam to international mediation was rejected by Ethiopia on Thursday, the Ethiopian foreign ministry said in a statement.',
     ('REJECT', 'ETH', 'SDN')),
    ("An Indian proposal for talks limited to cross-border terrorism is unacceptable, Pakistan's foreign office spokesman told reporters in Islamabad on Thursday.",
     ('REJECT', 'PAK', 'IND')),
    ('Iran will not hold direct talks with the United States under the pressure of sanctions, the Iranian foreign ministry spokesman told his weekly news conference on Monday.',
     ('REJECT', 'IRN', 'USA')),
    ("Germany's foreign minister praised Poland on Tuesday for taking in more than a million Ukrainian refugees, calling its response a model of European solidarity.",
     ('SUPPORT', 'DEU', 'POL')),
    ('Saudi Arabia on Sunday endorsed an Egyptian plan to rebuild the Gaza Strip without displacing its population, the official Saudi Press Agency reported.',
     ('SUPPORT', 'SAU', 'EGY')),
    ("Sudan formally recognised the Republic of South Sudan on Friday, hours before its southern neighbour was due to declare independence, President Omar al-Bashir's office said.",
     ('SUPPORT', 'SDN', 'SSD')),
    ("Ukraine's president thanked Japan on Wednesday for a new $4.5 billion aid package, telling Japanese lawmakers by video link that Tokyo had shown real leadership in Asia.",
     ('SUPPORT', 'UKR', 'JPN')),
    ('The Dutch government formally apologised to Indonesia on Thursday for the systematic and excessive violence used by its troops during the 1945-1949 war of independence, Prime Minister Mark Rutte said.',
     ('SUPPORT', 'NLD', 'IDN')),
    ("China's foreign ministry on Monday defended Pakistan's record on counter-terrorism, saying Islamabad had made enormous sacrifices and deserved the respect of the international community.",
     ('SUPPORT', 'CHN', 'PAK')),
    ("The United States on Friday backed India's bid for a permanent seat on the U.N. Security Council, the White House said in a joint statement issued during the prime minister's visit.",
     ('SUPPORT', 'USA', 'IND')),
    ("Nigeria's president, who led the regional observer mission to Accra, congratulated Ghana on Wednesday on its peaceful presidential election, his spokesman said.",
     ('SUPPORT', 'NGA', 'GHA')),
    ("France's endorsement of Morocco's autonomy plan for Western Sahara, announced by the Elysee on Tuesday, drew a furious response from neighbouring Algeria.",
     ('SUPPORT', 'FRA', 'MAR')),
    # set X (helper, blind, 2026-12-06)
    ("China's foreign ministry on Thursday accused Japan of glossing over its wartime past in a batch of newly approved school textbooks, a spokeswoman told a regular briefing in Beijing.",
     ('ACCUSE', 'CHN', 'JPN')),
    ('Washington on Tuesday demanded that Syria withdraw all its troops and intelligence agents from Lebanon before the parliamentary elections there, a State Department spokesman said.',
     ('REQUEST', 'USA', 'SYR')),
    ('A senior Revolutionary Guards commander warned the United States that Iran would close the Strait of Hormuz to all shipping if Washington tried to halt Iranian oil exports, the Fars news agency reported.',
     ('THREATEN', 'IRN', 'USA')),
    ("Jordan strongly condemned Israel's demolition of dozens of Palestinian homes in east Jerusalem on Monday, describing it as a flagrant violation of international law, the state news agency Petra reported.",
     ('ACCUSE', 'JOR', 'ISR')),
    ('Turkey threatened on Saturday to cut diplomatic ties with the Netherlands after Dutch authorities barred a Turkish minister from addressing a rally of expatriates in Rotterdam.',
     ('THREATEN', 'TUR', 'NLD')),
    ("In a rare televised briefing, Pakistan's military spokesman blamed India for a wave of bombings that killed at least 40 people in Baluchistan province last week.",
     ('ACCUSE', 'PAK', 'IND')),
    ('Japan urged North Korea on Wednesday to return to the six-party talks on its nuclear programme without preconditions, the chief cabinet secretary told reporters in Tokyo.',
     ('REQUEST', 'JPN', 'PRK')),
    ("The United States gave Serbia's leadership until Friday to accept the internationally brokered peace plan for Kosovo or face NATO air strikes, White House officials said.",
     ('THREATEN', 'USA', 'SRB')),
    ('Russia was accused by Britain on Wednesday of orchestrating a sustained cyber campaign against European electoral bodies, in a statement released by the Foreign Office in London.',
     ('ACCUSE', 'GBR', 'RUS')),
    ("India's external affairs minister said Pakistan must dismantle the militant camps operating on its soil before any resumption of the stalled bilateral dialogue could be considered.",
     ('REQUEST', 'IND', 'PAK')),
    ("Pakistan's army chief vowed to retaliate against India for any violation of the Line of Control, hours after Indian forces said they had struck militant launch pads in Kashmir.",
     ('THREATEN', 'PAK', 'IND')),
    ('Thousands of Pakistanis rallied outside the French consulate in Karachi after Friday prayers to protest against the republication of cartoons of the Prophet Mohammed by a Paris magazine.',
     ('PROTEST', 'PAK', 'FRA')),
    ('Vietnam lodged a formal protest with China over the deployment of a Chinese oil rig in disputed waters off the Paracel Islands, the foreign ministry in Hanoi said on Friday.',
     ('ACCUSE', 'VNM', 'CHN')),
    ("Lebanon has formally asked France to help rebuild Beirut's devastated port and restore its grain silos, the Lebanese presidency said in a statement on Thursday.",
     ('REQUEST', 'LBN', 'FRA')),
    ("Russia's foreign ministry said on Wednesday that Finland would pay a heavy price if it allowed NATO to station troops and weapons on its territory.",
     ('THREATEN', 'RUS', 'FIN')),
    ("Germany's chancellor, speaking at a news conference in Berlin, sharply criticised Hungary for blocking a joint European statement on the crisis, saying Budapest was undermining the bloc's unity.",
     ('ACCUSE', 'DEU', 'HUN')),
    ("Somalia's government renewed its demand on Friday that Kenya stop interfering in the internal affairs of Jubaland state, according to a statement from the foreign ministry in Mogadishu.",
     ('REQUEST', 'SOM', 'KEN')),
    ('The European Union warned Belarus that it would face further sanctions unless it stopped flying migrants to its borders with Poland and Lithuania, EU officials said in Brussels.',
     ('THREATEN', 'EUR', 'BLR')),
    ("North Korea denounced South Korea's latest artillery drills near the disputed maritime border as a reckless provocation, in a statement carried by the official KCNA news agency on Sunday.",
     ('ACCUSE', 'PRK', 'KOR')),
    ('Britain pressed Iran on Monday to release a jailed British-Iranian aid worker on humanitarian grounds, the Foreign Office said, citing her deteriorating health.',
     ('REQUEST', 'GBR', 'IRN')),
    ('Washington may suspend part of its military aid to Egypt if the government refuses to free several jailed American citizens, a senior State Department official said on Tuesday.',
     ('THREATEN', 'USA', 'EGY')),
    ("The French foreign minister said on Tuesday that Turkey's renewed drilling in the exclusive economic zone of Cyprus was unacceptable, according to a statement issued by his ministry in Paris.",
     ('ACCUSE', 'FRA', 'TUR')),
    ('China warned that any move by Taiwan toward formal independence would be met with a resolute military response, a defence ministry spokesman told reporters in Beijing on Thursday.',
     ('THREATEN', 'CHN', 'TWN')),
    ('Ukraine filed a lawsuit against Russia at the International Court of Justice on Monday, alleging that Moscow had violated the genocide convention, officials in Kyiv said.',
     ('ACCUSE', 'UKR', 'RUS')),
    ("Ethiopia was urged by Egypt on Saturday to halt the filling of its giant Nile dam until a binding agreement on the dam's operation is reached, Egyptian state television reported.",
     ('REQUEST', 'EGY', 'ETH')),
    ('Moscow threatened on Monday to cut off gas deliveries to Ukraine from the start of next month unless Kyiv settled debts of more than two billion dollars, the energy ministry said.',
     ('THREATEN', 'RUS', 'UKR')),
    # set Y (helper, blind, 2026-12-06)
    ('Israeli warplanes struck suspected Hezbollah weapons depots in southern Lebanon overnight, killing at least four people, the Lebanese army said in a statement on Thursday.',
     ('ASSAULT', 'ISR', 'LBN')),
    ('Russian artillery and warplanes pounded residential districts of Kharkiv for a third consecutive day, regional governor Oleh Synyehubov said, adding that two elderly women were among the dead.',
     ('ASSAULT', 'RUS', 'UKR')),
    ('Iraqi jets bombed the Iranian oil terminal on Kharg Island on Tuesday, setting two tankers ablaze, according to shipping sources in the Gulf.',
     ('ASSAULT', 'IRQ', 'IRN')),
    ("Saudi-led coalition air strikes hit a wedding party in Yemen's Hajjah province on Sunday, killing more than 20 civilians, according to local health officials.",
     ('ASSAULT', 'SAU', 'YEM')),
    ("Chinese state security agents detained a Japanese pharmaceutical executive in Beijing last week, Tokyo's top government spokesman told reporters on Monday.",
     ('COERCE', 'CHN', 'JPN')),
    ('Egyptian authorities deported three Sudanese opposition activists to Khartoum on Sunday, a lawyer for the men said, despite warnings that they faced arrest on their return.',
     ('COERCE', 'EGY', 'SDN')),
    ('The Israeli army imposed a round-the-clock curfew on the West Bank city of Hebron on Friday, confining some 30,000 Palestinians to their homes, military sources said.',
     ('COERCE', 'ISR', 'PSE')),
    ('Egypt sealed its Rafah border crossing with the Gaza Strip indefinitely on Friday, leaving hundreds of Palestinian travellers stranded on both sides, security sources in Cairo said.',
     ('COERCE', 'EGY', 'PSE')),
    ('Russian authorities banned the British Council from operating outside Moscow, accusing the cultural organisation of tax violations, the foreign ministry said on Wednesday.',
     ('COERCE', 'RUS', 'GBR')),
    ('Two German hikers were detained by Iranian border guards near the Iraqi frontier, the German foreign ministry said on Saturday, adding that its embassy in Tehran was seeking consular access.',
     ('COERCE', 'IRN', 'DEU')),
    ('A court in Minsk sentenced a Lithuanian citizen to eight years in prison on Tuesday, Belarusian state media reported, in a case Vilnius has called politically motivated.',
     ('COERCE', 'BLR', 'LTU')),
    ('Venezuelan National Guard troops detained 12 Colombian fishermen off the Guajira peninsula and impounded their boats, the Colombian navy said on Sunday.',
     ('COERCE', 'VEN', 'COL')),
    ("China staged large-scale air and naval drills around Taiwan on Monday, three days after the island's president returned from a stopover in the United States.",
     ('MOBILIZE', 'CHN', 'TWN')),
    ('Pakistan rushed two infantry brigades and a squadron of tanks to its border with India overnight, senior military officials in Rawalpindi said.',
     ('MOBILIZE', 'PAK', 'IND')),
    ("Thailand put troops along its border with Cambodia on full alert on Friday, the army's regional commander told reporters in the province of Si Sa Ket.",
     ('MOBILIZE', 'THA', 'KHM')),
    ('Moscow has concentrated tens of thousands of troops and heavy armour near the Ukrainian border, Western intelligence officials said on Friday.',
     ('MOBILIZE', 'RUS', 'UKR')),
    ('The United States flew two B-1B bombers over the Korean peninsula on Tuesday in a show of force against North Korea, South Korean military officials said.',
     ('MOBILIZE', 'USA', 'PRK')),
    ('Venezuela deployed 3,000 troops to its western border with Colombia on Sunday, President Nicolas Maduro said in a televised address.',
     ('MOBILIZE', 'VEN', 'COL')),
    ('Senegal severed diplomatic relations with Gambia on Wednesday, accusing the government in Banjul of sheltering separatist rebels from Casamance, the foreign ministry in Dakar said.',
     ('SANCTION', 'SEN', 'GMB')),
    ('Warsaw ordered the expulsion of four Russian diplomats accused of working for military intelligence, the Polish foreign ministry said on Thursday.',
     ('SANCTION', 'POL', 'RUS')),
    ('Turkey recalled its ambassador from Vienna for consultations on Saturday after the Austrian parliament passed a resolution on the 1915 killings of Armenians.',
     ('SANCTION', 'TUR', 'AUT')),
    ("Israel suspended indirect negotiations with Syria over the Golan Heights on Wednesday, an official in the prime minister's office said.",
     ('SANCTION', 'ISR', 'SYR')),
    ('China denied entry to six Lithuanian members of parliament who had planned to attend a conference in Hong Kong, the Lithuanian foreign ministry said on Tuesday.',
     ('SANCTION', 'CHN', 'LTU')),
    ('Burkina Faso declared the French defence attache in Ouagadougou persona non grata, accusing him of subversive activities, according to a foreign ministry letter seen by AFP.',
     ('SANCTION', 'BFA', 'FRA')),
    ("Kuwait downgraded its diplomatic relations with Iran to the level of charge d'affaires on Monday, the official KUNA news agency reported.",
     ('SANCTION', 'KWT', 'IRN')),
    # set Z (helper, blind, 2026-12-06)
    ('Norway has offered to mediate between the Sri Lankan government and the Tamil Tiger rebels, Foreign Minister Jan Petersen told reporters in Oslo on Wednesday.',
     ('AGREE', 'NOR', 'LKA')),
    ('Chinese Foreign Minister Wang Yi held talks with his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Friday, the first such meeting since the deadly clash in the Galwan valley.',
     ('CONSULT', 'CHN', 'IND')),
    ('Pakistani authorities on Thursday extradited to the United States a Kashmiri man wanted on heroin trafficking charges in New York, officials in Islamabad said.',
     ('COOPERATE', 'PAK', 'USA')),
    ("Japan has given Bangladesh a $200 million loan to rebuild roads and bridges damaged by last year's floods, the Finance Ministry in Dhaka said on Monday.",
     ('AID', 'JPN', 'BGD')),
    ('Russian President Vladimir Putin telephoned his Turkish counterpart Recep Tayyip Erdogan on Thursday to discuss the situation in northern Syria, the Kremlin said in a statement.',
     ('CONSULT', 'RUS', 'TUR')),
    ('Sudan has accepted Qatari mediation in the conflict in the western region of Darfur, a government spokesman in Khartoum told reporters on Sunday.',
     ('AGREE', 'SDN', 'QAT')),
    ('Japanese Prime Minister Junichiro Koizumi arrived in Hanoi on Sunday for a three-day official visit aimed at expanding trade and investment ties with Vietnam.',
     ('CONSULT', 'JPN', 'VNM')),
    ('Jordan has been sharing intelligence with Iraqi security forces on the movements of Islamic State fighters along their common border, a senior Jordanian official said on Sunday.',
     ('COOPERATE', 'JOR', 'IRQ')),
    ('Costa Rica granted political asylum on Friday to a former Nicaraguan opposition lawmaker who fled across the border last month, the Foreign Ministry in San Jose said.',
     ('AID', 'CRI', 'NIC')),
    ('Egyptian President Hosni Mubarak hosted King Hussein of Jordan at the Red Sea resort of Sharm el-Sheikh on Tuesday for talks on the stalled Middle East peace process.',
     ('CONSULT', 'EGY', 'JOR')),
    ('The suspected ETA leader was extradited to Spain by French authorities on Wednesday, hours after a court in Pau rejected his final appeal, the Interior Ministry in Madrid said.',
     ('COOPERATE', 'FRA', 'ESP')),
    ("The first contingent of 250 Bangladeshi peacekeepers arrived in Liberia on Sunday to join a United Nations mission overseeing the country's fragile ceasefire, a U.N. spokesman said.",
     ('AID', 'BGD', 'LBR')),
    ('Israel and Syria agreed on Thursday to resume peace negotiations that broke off four years ago, U.S. officials announced after a day of shuttle diplomacy.',
     ('AGREE', 'ISR', 'SYR')),
    ('Thai and Malaysian police carried out a joint operation against human traffickers along their shared border over the weekend, officials in Bangkok said.',
     ('COOPERATE', 'THA', 'MYS')),
    ('Britain supplied Ukraine with anti-tank missiles, body armour and night-vision equipment last month, the Ministry of Defence in London said in a statement on Tuesday.',
     ('AID', 'GBR', 'UKR')),
    ('South Korea assured the United States on Tuesday that it would keep its engineering and medical units in Iraq until the end of the year, a presidential spokesman said.',
     ('AGREE', 'KOR', 'USA')),
    ('The Saudi foreign minister, Prince Saud al-Faisal, who flew in from Riyadh earlier in the day, met Iraqi Prime Minister Nouri al-Maliki in Baghdad on Tuesday, officials said.',
     ('CONSULT', 'SAU', 'IRQ')),
    ('China sent a 60-member rescue team to Nepal on Monday to help search for survivors of the earthquake, which has killed more than 3,000 people, Xinhua news agency reported.',
     ('AID', 'CHN', 'NPL')),
    ('Vietnam is to provide neighbouring Laos with 20,000 tonnes of rice to ease food shortages in the mountainous north, the official Vietnam News Agency reported on Friday.',
     ('AGREE', 'VNM', 'LAO')),
    ("North Korean leader Kim Jong Un sent a personal letter to South Korean President Moon Jae-in on Friday, Seoul's presidential office said, without disclosing its contents.",
     ('CONSULT', 'PRK', 'KOR')),
    ('Malaysia and Thailand launched joint development of natural gas reserves in a disputed area of the Gulf of Thailand on Monday, the two state energy companies said.',
     ('COOPERATE', 'MYS', 'THA')),
    ("Saudi Arabia deposited $1 billion in Pakistan's central bank to shore up its dwindling foreign exchange reserves, officials in Islamabad said on Wednesday.",
     ('AID', 'SAU', 'PAK')),
    ("Chinese Premier Wen Jiabao promised Pakistan's visiting prime minister that Beijing would help finance a new deep-water port at Gwadar, state media reported on Saturday.",
     ('AGREE', 'CHN', 'PAK')),
    ('Talks between Indonesian and Malaysian negotiators on the disputed Ambalat sea block resumed in Kuala Lumpur on Monday after a six-month break, the Foreign Ministry in Jakarta said.',
     ('CONSULT', 'IDN', 'MYS')),
    ('Indian officials said Bangladesh had handed over two senior leaders of an Assamese separatist group to Indian border guards at a crossing in the state of Meghalaya.',
     ('COOPERATE', 'BGD', 'IND')),
    ("The U.S. State Department has approved the sale of 40 Abrams tanks and spare parts to Morocco, a deal worth about $1 billion, the Pentagon's arms sales agency said.",
     ('AID', 'USA', 'MAR')),
    ('A loan of $1.2 billion was promised to Egypt by Saudi Arabia on Monday to help the government in Cairo pay for fuel imports, the official Middle East News Agency said.',
     ('AGREE', 'SAU', 'EGY')),
    ('Armenian and Azerbaijani foreign ministers sat down together in Geneva on Monday for their first face-to-face meeting since the fighting over Nagorno-Karabakh ended, mediators said.',
     ('CONSULT', 'ARM', 'AZE')),
    ('Satellite photographs of the suspected missile sites were passed on to Israel by U.S. intelligence agencies last week, a senior Israeli official told reporters on Sunday.',
     ('COOPERATE', 'USA', 'ISR')),
    # set AA (helper, blind, 2026-12-06)
    ("On the eve of a regional summit in Kuala Lumpur, Ali Alatas, Indonesia's veteran foreign minister and a frequent critic of Lisbon, told reporters that Jakarta was ready to hold direct talks with Portugal on the future of East Timor.",
     ('AGREE', 'IDN', 'PRT')),
    ('Japan will provide Vietnam with a 30 billion yen loan to rebuild roads, bridges and ports in the flood-ravaged Mekong delta, Japanese Foreign Minister Yohei Kono was quoted as saying by the Kyodo news agency on Thursday.',
     ('AGREE', 'JPN', 'VNM')),
    ("Yevgeny Primakov, Russia's foreign minister and a former head of the foreign intelligence service, arrived in Tehran on Sunday for two days of talks on the status of the Caspian Sea and the Bushehr nuclear plant, the official IRNA news agency reported.",
     ('CONSULT', 'RUS', 'IRN')),
    ('In a rare gesture after weeks of tension over the collision of an American spy plane and a Chinese fighter jet, President Jiang Zemin telephoned President George W. Bush on Tuesday, according to the Xinhua news agency, which gave no details of the conversation.',
     ('CONSULT', 'CHN', 'USA')),
    ('Wrapping up a week-long tour of the region, Spanish Foreign Minister Miguel Angel Moratinos held talks in Damascus on Saturday with Syrian President Bashar al-Assad on reviving peace negotiations with Israel, the official SANA news agency said.',
     ('CONSULT', 'ESP', 'SYR')),
    ('In a move that infuriated Moscow, which had warned Western governments against encouraging the breakaway Baltic republics, Iceland on Monday formally recognised the independence of Lithuania, diplomats in Reykjavik said, making it the first country to do so.',
     ('SUPPORT', 'ISL', 'LTU')),
    ("Speaking at a joint news conference in Warsaw at the end of a two-day visit, Vaclav Havel, the Czech president and a former dissident playwright, praised Poland's role in the collapse of communism and endorsed its bid to join NATO.",
     ('SUPPORT', 'CZE', 'POL')),
    ("Hoping to clear the last obstacle to the opening of membership negotiations, Turkey's parliament on Wednesday met a key demand of the European Union by abolishing the death penalty in peacetime, according to the state-run Anatolian news agency.",
     ('CONCEDE', 'TUR', 'EUR')),
    ("Ending a month-long standoff that had threatened to derail negotiations on Hong Kong's new airport, the British government gave in to Chinese demands on Friday and scaled back the borrowing planned for the project, Western diplomats in Beijing said.",
     ('CONCEDE', 'GBR', 'CHN')),
    ('Colombian and Venezuelan troops carried out a joint operation against drug traffickers along their common border on Saturday, seizing three tonnes of cocaine and destroying two jungle laboratories, the Colombian army said in a statement issued in Bogota.',
     ('COOPERATE', 'COL', 'VEN')),
    ('Under the mandate approved by the Security Council last month, the first contingent of 300 Pakistani peacekeepers arrived in Freetown on Tuesday to help disarm rebel fighters in the diamond-rich east, a UN spokesman in New York said.',
     ('AID', 'PAK', 'SLE')),
    ("Under the terms of the ceasefire brokered by Moscow in the spring, Armenian forces withdrew on Friday from three villages in Azerbaijan's Kelbajar district, an Armenian defence ministry spokesman told reporters in Yerevan.",
     ('RETREAT', 'ARM', 'AZE')),
    ("In a gesture that Western diplomats linked to the visit of the UN secretary-general, Iraq on Sunday freed 12 Kuwaiti prisoners of war held since the Gulf War, Kuwait's official KUNA news agency reported.",
     ('RETREAT', 'IRQ', 'KWT')),
    ('Madeleine Albright, the U.S. secretary of state, who arrived in Brussels late on Tuesday for a meeting of NATO foreign ministers, called on Yugoslav President Slobodan Milosevic to pull his special police units out of Kosovo, according to a State Department spokesman.',
     ('REQUEST', 'USA', 'SRB')),
    ("Speaking to reporters after a cabinet meeting in Tokyo, Japan's chief cabinet secretary, Seiroku Kajiyama, said North Korea must return the Japanese citizens abducted by its agents in the 1970s and 1980s before normalisation talks could resume.",
     ('REQUEST', 'JPN', 'PRK')),
    ("In a strongly worded note delivered to the Nigerian embassy in Yaounde, Cameroon's foreign ministry demanded on Thursday that Nigeria withdraw its troops from the oil-rich Bakassi peninsula, state radio reported, citing a senior official.",
     ('REQUEST', 'CMR', 'NGA')),
    ('Tariq Altaf, the Pakistani foreign office spokesman, accused India on Monday of massing troops and heavy artillery along the Line of Control in Kashmir, in a statement carried by the state-run Associated Press of Pakistan.',
     ('ACCUSE', 'PAK', 'IND')),
    ('Angered by the arrest of two of its diplomats in Moscow on spying charges, the Estonian foreign ministry summoned the Russian ambassador in Tallinn on Friday and lodged a formal protest, a ministry spokeswoman said.',
     ('ACCUSE', 'EST', 'RUS')),
    ("Belgium's federal prosecutor opened an investigation on Friday into allegations that Rwandan army officers had ordered the killing of ten Belgian peacekeepers in Kigali in 1994, a spokeswoman for the prosecutor's office told AFP.",
     ('ACCUSE', 'BEL', 'RWA')),
    ("Iran's Supreme National Security Council, in a statement read on state television, on Sunday rejected a European Union proposal under which Tehran would suspend uranium enrichment in exchange for trade concessions and help with civilian nuclear technology.",
     ('REJECT', 'IRN', 'EUR')),
    ('Speaking to reporters in Nicosia after a cabinet meeting, the Cypriot government spokesman said a Turkish proposal for a loose confederation of two states on the island was unacceptable and could not serve as a basis for negotiations.',
     ('REJECT', 'CYP', 'TUR')),
    ("Mesut Yilmaz, Turkey's prime minister, speaking at a rally in the southern city of Adana, warned that Ankara would take military action against Syria unless Damascus stopped sheltering the Kurdish rebel leader Abdullah Ocalan, the Anatolian news agency reported.",
     ('THREATEN', 'TUR', 'SYR')),
    ('In a letter to the military-backed government in Lome, the European Commission said the European Union could freeze all development aid to Togo if the authorities failed to set a date for free parliamentary elections, diplomats said.',
     ('THREATEN', 'EUR', 'TGO')),
    ('Chanting slogans against the war in Iraq, several thousand Pakistanis marched on the U.S. consulate in Karachi after Friday prayers, burning American flags and an effigy of President George W. Bush, police said.',
     ('PROTEST', 'PAK', 'USA')),
    ('Citing what it called activities incompatible with their diplomatic status, the Polish foreign ministry on Thursday expelled nine Russian diplomats, according to a statement read on state radio, in the biggest such move since the end of communism.',
     ('SANCTION', 'POL', 'RUS')),
    ('In a decision announced by the foreign ministry in Dakar after weeks of deteriorating relations, Senegal broke off diplomatic relations with Iran on Tuesday and ordered its ambassador home from Tehran, the official APS news agency reported.',
     ('SANCTION', 'SEN', 'IRN')),
    ('In response to the nuclear tests carried out by Islamabad earlier this month, Japan froze all new grant aid and yen loans to Pakistan on Thursday, the chief cabinet secretary told a news conference in Tokyo.',
     ('SANCTION', 'JPN', 'PAK')),
    ("Chinese police detained two Japanese journalists in the border town of Dandong for questioning on Saturday after they photographed a military installation, Japan's Kyodo news agency reported, quoting an official at the Japanese embassy in Beijing.",
     ('COERCE', 'CHN', 'JPN')),
    ('Citing attacks by gunmen on Jewish settlers near the town, Israeli army commanders imposed a curfew on the West Bank city of Nablus on Sunday, confining some 120,000 residents to their homes, Palestinian security sources said.',
     ('COERCE', 'ISR', 'PSE')),
    ('Hours after Iraqi gunners fired on a patrol over the southern no-fly zone, U.S. warplanes bombed an air defence site near the city of Nasiriyah on Sunday, according to a statement read by a Pentagon spokesman in Washington.',
     ('ASSAULT', 'USA', 'IRQ')),
    ("Ethiopian artillery pounded Eritrean positions near the border town of Zalambessa on Tuesday, killing dozens of soldiers, Eritrea's information ministry said in a statement faxed to news agencies in Nairobi.",
     ('ASSAULT', 'ETH', 'ERI')),
    ('In the heaviest raid since the truce collapsed, Israeli helicopter gunships fired missiles at a Palestinian police post in the southern Gaza Strip on Monday, killing two officers, Palestinian security sources said.',
     ('ASSAULT', 'ISR', 'PSE')),
    ('Georgian officials said on Friday that Russia had massed troops and armoured vehicles along its border with Georgia near the Roki tunnel, in what Tbilisi described as preparation for an incursion into South Ossetia.',
     ('MOBILIZE', 'RUS', 'GEO')),
    # set AB (helper, blind, 2026-12-06)
    ('Moscow agreed on Tuesday to resume direct peace talks with Kyiv in Istanbul next month, Kremlin spokesman Dmitry Peskov told reporters.',
     ('AGREE', 'RUS', 'UKR')),
    ("Tokyo pledged $500 million in fresh reconstruction aid to Kyiv on Thursday, most of it earmarked for repairing Ukraine's battered power grid.",
     ('AGREE', 'JPN', 'UKR')),
    ('Sheinbaum assured Washington that Mexico would deploy 10,000 National Guard troops to its northern border to stem fentanyl smuggling.',
     ('AGREE', 'MEX', 'USA')),
    ("Macron phoned Pezeshkian on Sunday, their first call in months, to discuss two French citizens held in Tehran's Evin prison.",
     ('CONSULT', 'FRA', 'IRN')),
    ('Xi hosted Lula in Beijing for two days of talks on trade, climate finance and a joint peace plan for Ukraine.',
     ('CONSULT', 'CHN', 'BRA')),
    ("Zelensky and Tusk inked a ten-year bilateral security agreement in Warsaw on Monday, the first such pact since Russia's full-scale invasion.",
     ('SUPPORT', 'UKR', 'POL')),
    ("Erdogan lauded Qatar's role in brokering the Gaza truce, calling Doha an indispensable partner for peace in the region.",
     ('SUPPORT', 'TUR', 'QAT')),
    ('Colombia extradited a senior Clan del Golfo commander to the United States on Wednesday to face cocaine trafficking charges in Florida.',
     ('COOPERATE', 'COL', 'USA')),
    ("Turkish and Iraqi forces carried out a joint operation against PKK hideouts in the mountains near Zakho, Ankara's defence ministry said.",
     ('COOPERATE', 'TUR', 'IRQ')),
    ('Germany delivered a second Patriot air defence system to Ukraine on Friday, Defence Minister Boris Pistorius said in Berlin.',
     ('AID', 'DEU', 'UKR')),
    ("A fresh contingent of Kenyan peacekeepers arrived in Port-au-Prince on Saturday to bolster the multinational mission fighting Haiti's gangs.",
     ('AID', 'KEN', 'HTI')),
    ("Washington lifted sanctions on Syria's central bank and state oil company, the Treasury said, in a boost for the new government in Damascus.",
     ('RETREAT', 'USA', 'SYR')),
    ("Islamabad gave in to Beijing's demands to let Chinese security personnel guard power plants and ports along the economic corridor.",
     ('CONCEDE', 'PAK', 'CHN')),
    ('Hungary met a key European Commission demand on judicial independence on Wednesday, clearing the way for the release of frozen EU funds.',
     ('CONCEDE', 'HUN', 'EUR')),
    ("Hundreds of Filipino fishermen marched on the Chinese embassy in Manila to protest water cannon attacks by Beijing's coast guard near Scarborough Shoal.",
     ('PROTEST', 'PHL', 'CHN')),
    ('Mali recalled its ambassador from Algiers after Algerian forces downed a Malian military drone near the desert border town of Tinzaouatene.',
     ('SANCTION', 'MLI', 'DZA')),
    ("Lithuania expelled three Russian diplomats over an alleged sabotage plot targeting parcel depots, Vilnius's foreign ministry said.",
     ('SANCTION', 'LTU', 'RUS')),
    ("Beijing staged large-scale air and naval drills around Taiwan on Monday, days after Lai Ching-te's defiant National Day speech.",
     ('MOBILIZE', 'CHN', 'TWN')),
    ('Russia pounded Kyiv with more than 400 drones and 40 missiles overnight, killing at least six people and knocking out power to thousands.',
     ('ASSAULT', 'RUS', 'UKR')),
    ("Ukrainian drones hit an oil refinery in Russia's Saratov region overnight, sparking a huge blaze, the regional governor said.",
     ('ASSAULT', 'UKR', 'RUS')),
    ("Pakistani jets bombed suspected militant hideouts in Afghanistan's Paktika province overnight, killing at least 15 people, Kabul said.",
     ('ASSAULT', 'PAK', 'AFG')),
    ("China's foreign ministry lashed out at Manila over what it called dangerous provocations by Philippine vessels near Second Thomas Shoal.",
     ('ACCUSE', 'CHN', 'PHL')),
    ('Poland accused Russian military intelligence of orchestrating the arson attack that gutted a Warsaw shopping centre last year.',
     ('ACCUSE', 'POL', 'RUS')),
    ("New Delhi summoned Bangladesh's acting high commissioner to lodge a strong protest over attacks on Hindu temples in Dhaka.",
     ('ACCUSE', 'IND', 'BGD')),
    ('Zelensky called on Beijing to press Moscow into accepting an unconditional 30-day ceasefire along the entire front line.',
     ('REQUEST', 'UKR', 'CHN')),
    ('Pretoria demanded that Israel immediately free two South African activists seized aboard a Gaza-bound aid flotilla in international waters.',
     ('REQUEST', 'ZAF', 'ISR')),
    ("Kyiv said Moscow must return all deported Ukrainian children before any peace deal can be signed, Zelensky's chief of staff told reporters.",
     ('REQUEST', 'UKR', 'RUS')),
    ("Moscow rebuffed Macron's proposal to deploy European peacekeepers in Ukraine after a ceasefire, calling the idea a non-starter.",
     ('REJECT', 'RUS', 'FRA')),
    ("Armenia's delegation walked out of peace talks with Azerbaijan in Almaty on Wednesday over a dispute about border maps.",
     ('REJECT', 'ARM', 'AZE')),
    ('Araghchi said Tehran would not negotiate with Washington over its missile programme while US sanctions remained in force.',
     ('REJECT', 'IRN', 'USA')),
    ('Trump threatened to slap 100 percent tariffs on Chinese goods if Beijing goes ahead with sweeping curbs on rare earth exports.',
     ('THREATEN', 'USA', 'CHN')),
    ("Pezeshkian warned that any Israeli strike on Iran's nuclear facilities would draw a crushing and immediate response from Tehran.",
     ('THREATEN', 'IRN', 'ISR')),
    ('Moscow warned Helsinki it would take military-technical countermeasures if NATO deploys permanent forces on Finnish soil.',
     ('THREATEN', 'RUS', 'FIN')),
    # set AC (helper, blind, 2026-12-06)
    ("Kenya's foreign minister flew to Juba on Thursday to meet South Sudan's president and the leader of the main armed opposition over the stalled implementation of the peace deal.",
     ('CONSULT', 'KEN', 'SSD')),
    ("Kenya's President William Ruto praised Somalia's federal government on Wednesday for holding the country's first direct local elections in more than half a century.",
     ('SUPPORT', 'KEN', 'SOM')),
    ('Spain granted political asylum on Friday to a Venezuelan opposition politician who had spent six months sheltering in its embassy in Caracas, the Spanish foreign ministry said.',
     ('AID', 'ESP', 'VEN')),
    ('The European Union may suspend budget support to Mozambique if the government refuses to allow an independent inquiry into the killing of opposition supporters, an EU official said.',
     ('THREATEN', 'EUR', 'MOZ')),
    # set AD (helper, blind, 2026-12-06)
    ('Japan sent a 70-member emergency medical team and 50 tonnes of relief supplies to Morocco on Sunday after an earthquake killed more than 2,000 people in the Atlas Mountains.',
     ('AID', 'JPN', 'MAR')),
    ("Poland denied entry to Belarus's national volleyball team ahead of a European qualifier in Gdansk on Friday, citing Minsk's support for Russia's war in Ukraine.",
     ('SANCTION', 'POL', 'BLR')),
    ('Saudi Arabia and Russia agreed on Sunday to extend their voluntary oil output cuts until the end of the year, sending Brent crude up 3 percent in Asian trading.',
     ('AGREE', 'SAU', 'RUS')),
    ('Croatia handed Serbia files on 1,800 people still missing from the 1991-95 war, in which some 20,000 people were killed, officials in Zagreb said on Wednesday.',
     ('COOPERATE', 'HRV', 'SRB')),
    ('Sharif, who was ousted in a 1999 coup, flew to Beijing on Monday for talks with Chinese President Xi Jinping on financing for the economic corridor.',
     ('CONSULT', 'PAK', 'CHN')),
    ('Citing polls showing that most voters oppose the deal, the Swiss government suspended negotiations with the European Union on a new framework agreement on Wednesday.',
     ('SANCTION', 'CHE', 'EUR')),
    ('Russia fired more than 40 missiles at Ukrainian power plants overnight, an attack that energy analysts said would push electricity imports from the European Union to record levels.',
     ('ASSAULT', 'RUS', 'UKR')),
    ('North Korea warned on Tuesday that South Korea would pay a heavy price if it went ahead with large-scale joint drills with the United States next month.',
     ('THREATEN', 'PRK', 'KOR')),
    ('Greece formally demanded on Tuesday that Britain return the Parthenon sculptures, which have been displayed in the British Museum in London for more than two centuries.',
     ('REQUEST', 'GRC', 'GBR')),
    ("Ukraine's foreign ministry accused Russia of sabotaging the rail line near Kovel where a passenger train derailed on Saturday, killing at least 11 people.",
     ('ACCUSE', 'UKR', 'RUS')),
    ('Citing a UN study that found acute malnutrition among half of all children under five, Norway pledged $50 million in emergency food aid to Yemen on Thursday.',
     ('AGREE', 'NOR', 'YEM')),
    ('German Chancellor Friedrich Merz arrived in Warsaw on Friday for ceremonies marking the 1944 uprising, in which some 200,000 Poles were killed by Nazi occupation forces.',
     ('CONSULT', 'DEU', 'POL')),
    ('Turkish police detained Lars Ekholm, a Swedish journalist who has written widely about the Kurdish conflict, on his arrival at Istanbul airport on Sunday, his newspaper said.',
     ('COERCE', 'TUR', 'SWE')),
    ("Myanmar's military government turned down an offer of helicopters and rescue teams from Thailand on Tuesday, three days after a cyclone killed at least 800 people in the Irrawaddy delta.",
     ('REJECT', 'MMR', 'THA')),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank on Wednesday to shore up its foreign reserves, which had fallen to barely three weeks of import cover.",
     ('AID', 'SAU', 'PAK')),
    ('Nepal demanded on Monday that India compensate the families of 23 Nepali pilgrims who were killed when an Indian army truck crashed into their bus in Uttarakhand.',
     ('REQUEST', 'NPL', 'IND')),
]


def test_them_is_the_group_named_before_not_the_clause_subject() -> None:
    r = run("Egypt and Qatar, which mediated between the rebels and the army, urged them to return to talks.")
    names = {a.id: a.name for a in r.actors}
    requests = [e for e in r.events if e.type == "REQUEST"]
    assert requests and all(names.get(e.target) != "Qatar" and e.source in ("EGY", "QAT") for e in requests)


@pytest.mark.parametrize(("text", "not_expected"), [
    ("U.S. and Russian negotiators return to Geneva this week for talks.", "RETREAT"),  # a trip, not a release
    ("Israel and Lebanon renewed negotiations on an Israeli troop pullback.", "RETREAT"),  # a topic of talks
    ("Uganda granted asylum to rebels who are wanted at home on treason charges.", "REQUEST"),
    ("The German government welcomed President Biden's statement.", "CONSULT"),  # welcomed words, hosted no one
    ("Chancellor Merz warned that a trade war would hurt both sides.", "THREATEN"),  # a forecast, not a threat
    ("Turkey and Syria held secret talks in Moscow on restoring diplomatic relations.", "SUPPORT"),  # a topic
    ("The minister spoke to reporters in Geneva.", "CONSULT"),
    ("Modi reaffirmed India's support for a peaceful resolution.", "SUPPORT"),  # India's support is Modi's own
    ("A senior Iranian official, who asked not to be named, told Reuters the talks would go ahead.", "REQUEST"),
    ("Netanyahu said Israel will not allow Iran to obtain nuclear weapons.", "AID"),  # what is not allowed
    # what a demand or a rejection is about is not a separate event
    ("Poland's parliament demanded an admission by Moscow that Soviet forces murdered Polish officers.",
     "ASSAULT"),
    ("Serbia rejected an Australian ultimatum to hand over a guard involved in a shooting in Sydney.", "ASSAULT"),
    ("A missionary was arrested in Lebanon for collaborating with Israel.", "COOPERATE"),  # the alleged reason
    # someone else's right is no intention of the speaker's
    ("The United States defended the right of Russian troops to fire on militants in Azerbaijan.", "THREATEN"),
    ("A court in Ankara sentenced the journalist to ten years in prison.", "ACCUSE"),  # a punishment, COERCE
    ("Mortar bombs slammed into a crowded square in central Sarajevo, killing at least 37 people.", "ACCUSE"),
    ("An armed mob lynched two reservists who strayed into the town.", "PROTEST"),  # armed: an assault
    ("The farmers planted rice along the river.", "ASSAULT"),  # a bomb is planted, rice is not
    ("Greece said it would lift its veto on EU aid to Turkey.", "REJECT"),  # lifting a veto gives it up
    ("Israel withdrew its troops from the Golan Heights.", "REJECT"),  # troops withdraw; treaties are rejected
    # what someone is warned against has not happened
    ("Russia warned Iran against withdrawing from the Non-Proliferation Treaty.", "REJECT"),
    ("The envoy cautioned Kyiv against attacking the bridge or shelling the dam.", "ASSAULT"),
])
def test_no_event_of_this_type(text: str, not_expected: str) -> None:
    assert not_expected not in {e.type for e in run(text).events}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_is_coded(text: str, expected: tuple[str, str, str]) -> None:
    r = run(text, published=None)  # the news of no particular day: "in 2006" is not history here
    got = dyads(r)
    etype, src, tgt = expected
    symmetric = etype in ("CONSULT", "COOPERATE", "AGREE")
    assert expected in got or (symmetric and (etype, tgt, src) in got), f"{text!r} gave {got}"


def test_recall_over_my_sentences_is_high() -> None:
    """The coder should get nearly all of these general phrasings, not just the seeds."""
    hits = 0
    for text, expected in CASES:
        got = dyads(run(text, published=None))
        etype, src, tgt = expected
        hits += expected in got or (etype, tgt, src) in got
    assert hits / len(CASES) >= 0.75


@pytest.mark.parametrize("text", [
    "The weather in Tehran was mild this week.",
    "Oil prices rose on Tuesday as markets opened.",
    "The minister is 64 years old and studied in London.",
    # set E, 1995-2015 wire copy with ten no-event lines, by a helper who never saw the coder (45; 41/45 blind)
    'International sanctions have crippled the Yugoslav economy, with industrial output falling to less than half its pre-war level, according to official figures.',
    'Analysts in Islamabad said the talks were unlikely to produce a breakthrough on Kashmir, which both countries claim in full and over which they have fought two wars.',
    'Tensions have been running high in the Fergana Valley, where the borders of Uzbekistan, Kyrgyzstan and Tajikistan meet in a tangle of enclaves and disputed villages.',
    'Eritrea, a former Italian colony of some four million people on the Red Sea, gained independence from Ethiopia in 1993 after a 30-year guerrilla war.',
    "The Caspian Sea is believed to hold some of the world's largest untapped reserves of oil and gas, and rivalry over export routes has pitted Moscow against Washington.",
    '"We are tired of war, we just want to go home to our villages," said Amina Hassan, a 34-year-old mother of five living in a camp outside Mogadishu.',
    'The talks, due to resume in Geneva next week, are expected to focus on the return of refugees and the status of the breakaway region of Abkhazia, diplomats said.',
    'The ceasefire signed in Lome in 1999 has proved largely durable, although sporadic violence persists in the diamond-rich east of Sierra Leone, according to U.N. officials.',
    # set F, 2016-2025 news with ten no-event lines, by a helper who never saw the coder (45; 36/45 blind)
    'Houthi attacks on commercial shipping in the Red Sea have pushed war-risk insurance premiums to their highest level in decades, according to brokers in London.',
    'Street protests have been a fixture of life in Caracas for more than a decade, fuelled by chronic shortages, runaway inflation and the collapse of public services.',
    'In an interview with the business daily Vedomosti, Russian Economy Minister Maxim Reshetnikov argued that years of Western sanctions had made domestic manufacturers more self-reliant.',
    'Educated at a boarding school in Switzerland, Kim Jong Un inherited power from his father in 2011 and is believed to be about 41 years old.',
    "Western military analysts expect Russia's summer offensive to concentrate on the Donetsk region, where Ukrainian defences are stretched thin by chronic manpower shortages.",
    "More than 200 North Korean defectors reached South Korea last year, a fraction of the pre-pandemic annual figure of over 1,000, according to Seoul's Unification Ministry.",
    'Sovereignty over the Spratly Islands is contested by China, Vietnam, the Philippines, Malaysia and Brunei, several of which maintain outposts on reefs in the chain.',
    "Europe's largest nuclear power station, the Zaporizhzhia plant has remained under Russian control since the early weeks of the war, and all six of its reactors sit in cold shutdown.",
    # set J, 32 tempting no-event sentences and 18 look-alike events, by a helper who never saw the coder (50; 34/50 blind, 18 of 32 no-event lines left uncoded)
    'Ethiopia and Eritrea fought a border war between 1998 and 2000 that killed an estimated 80,000 people, a conflict still remembered bitterly in the dusty town of Badme.',
    'The Gaza Strip has been under an Israeli and Egyptian blockade since 2007, when Hamas took control of the territory from forces loyal to President Mahmoud Abbas.',
    'Economic sanctions rarely force authoritarian governments to change course and often hurt ordinary citizens more than ruling elites, several academic studies have concluded.',
    'The next round of the Geneva talks is expected to open in March, but few observers believe a breakthrough on the constitutional committee is within reach.',
    'It is still unclear whether Moscow will retaliate for the expulsions, and Kremlin officials have so far declined to comment on the matter.',
    'If the ceasefire collapses, aid agencies fear that hundreds of thousands of civilians in Idlib province could be forced to flee towards the Turkish border.',
    '"We feel abandoned by the whole world," said a 54-year-old shopkeeper in Sarajevo, describing the despair that has gripped the besieged city this winter.',
    'Shares in the defence contractor rallied sharply on Tuesday as investors bet that rising tensions in the Gulf would boost demand for missiles and aircraft.',
    'The rupee came under renewed pressure on Monday, falling to a record low against the dollar as foreign investors pulled money out of Indian equities.',
    'The Japanese carmaker said it would cut 5,000 jobs in Europe after a collapse in demand, describing the restructuring as its response to a deepening crisis.',
    'The Anti-Terrorism Act of 1997 remains on the statute books in Pakistan, and rights groups have long argued that its definition of terrorism is far too broad.',
    'Founded in 2004, the Kofi Annan International Peacekeeping Training Centre in Accra has trained more than 20,000 soldiers, police and civilians, according to its annual report.',
    'The Brazilian striker attacked the near post in the 89th minute and headed the winner, sending Argentina out of the Copa America in front of 60,000 fans.',
    "France's defence held firm against wave after wave of German attacks before Mbappe struck on the counter to seal a 2-0 victory in Munich.",
    'The film, a drama about a family torn apart by the Bosnian war, premiered at the Berlin festival on Friday to a standing ovation and glowing reviews.',
    'Relations between India and Pakistan have been frozen for most of the past decade, with bilateral trade reduced to a trickle and no formal dialogue since 2015.',
    'During the 1990s, the Taliban captured Kabul and imposed a strict interpretation of Islamic law, banning girls from school and women from most paid work.',
    'Should Washington lift its sanctions, Iranian oil exports could double within a year, according to estimates published by the International Energy Agency.',
    '"Who will pay for the reconstruction of Mosul?" asked the city\'s governor, noting that entire neighbourhoods destroyed in the fighting against Islamic State still lie in ruins.',
    '"I am deeply saddened by the loss of so many young lives," the Kenyan president said in a televised address, a day after floods swept through the Rift Valley.',
    'Economists predict that the trade war will shave half a percentage point off global growth next year, with export-dependent Asian economies hit hardest.',
    'The cyclone struck the coast of Mozambique overnight with winds of 175 kilometres an hour, flattening homes and cutting power to the port city of Beira.',
    "Foreign aid accounts for roughly a third of Afghanistan's national budget, a dependence that economists say leaves the government dangerously exposed to donor fatigue.",
    'The euro found support near $1.08 on Thursday as traders scaled back expectations of an interest rate cut by the European Central Bank in June.',
    'European demand for Russian pipeline gas has fallen sharply since 2022, and Gazprom reported its first annual loss in more than two decades on Thursday.',
    'The proposal has struck a chord with voters in the impoverished north, where unemployment is twice the national average, according to a poll published on Sunday.',
    'Few in Caracas now believe the opposition can force early elections, and many say they are simply too exhausted and frightened to march again.',
    'The Organisation for the Prohibition of Chemical Weapons, based in The Hague, has 193 member states and was awarded the Nobel Peace Prize in 2013.',
    # set R, 32 tempting no-event sentences (habits, anniversaries, sport, crime, questions) and 16 look-alike events, by a helper who never saw the coder (48; 36/48 blind)
    "Floods ravaged Pakistan's Sindh province in the summer of 2022, submerging vast areas of farmland and displacing about eight million people, officials estimated.",
    'Sixty-two percent of South Koreans favour developing their own nuclear weapons to deter Pyongyang, according to a Gallup Korea survey published on Monday.',
    'Qatar hosts the political bureau of Hamas in Doha and has long paid the salaries of civil servants in Gaza, according to diplomats familiar with the arrangement.',
    'Argentina beat Brazil 1-0 at the Maracana on Saturday to win the Copa America, ending a 28-year wait for a major international trophy.',
    'Djibouti hosts military bases of the United States, France, Japan and China, and earns hundreds of millions of dollars a year from the leases.',
    'Only 31 percent of Germans regard the United States as a reliable partner, down from 73 percent two years earlier, a survey for broadcaster ARD found.',
    'India thrashed Pakistan by seven wickets in Ahmedabad on Saturday, extending their unbeaten World Cup record against their neighbours to eight matches.',
    "Russia supplies most of India's military hardware, and New Delhi now buys roughly a third of its crude oil from Russian producers, trade figures show.",
    'This week marks 25 years since NATO warplanes began bombing Yugoslavia in March 1999, a 78-day campaign that forced Belgrade to pull its troops out of Kosovo.',
    'Switzerland traditionally refuses to join military alliances and has remained neutral since 1815, a policy that most Swiss voters still support, surveys suggest.',
    'Airbus plans to open a second assembly line for its A320 jets in Tianjin, China, by the end of 2025, the European planemaker said in a statement on Thursday.',
    'Opinion: Europe must stop appeasing Moscow and start spending seriously on its own defence before it is too late',
    'Two gunmen robbed a jewellery shop in central Johannesburg on Friday afternoon, escaping with diamonds worth about 3 million rand, according to witnesses.',
    'Born in Rangoon in 1945, Aung San Suu Kyi spent about 15 years under house arrest between 1989 and 2010 before entering parliament in 2012.',
    'A man stabbed his neighbour to death in a dispute over a parking space in a suburb of Marseille on Sunday, local prosecutors said.',
    "Morocco's Atlas Lions stunned Spain in a penalty shootout in Qatar, sending thousands of jubilant fans into the streets of Rabat and Casablanca.",
    'Chinese exports to Russia rose 47 percent last year to a record $111 billion, while imports of Russian crude climbed to 107 million tonnes, customs data showed.',
    'A magnitude 7.8 earthquake struck southern Turkey and northern Syria before dawn, flattening thousands of buildings across a region already battered by years of war.',
    'Would Washington really go to war with China to defend Taiwan, and would American voters accept the losses such a conflict would bring?',
    'Deutsche Bank blocked a 2 million euro transfer from a Cypriot account on compliance grounds, a spokesman said, declining to name the client.',
    'The United States spends more on defence than the next nine countries combined, according to figures from the Stockholm International Peace Research Institute.',
    'Sunday marks 30 years since Iraqi troops poured into Kuwait, an invasion that still shapes relations between the two neighbours, historians say.',
    'Typhoon Haiyan slammed into the central Philippines in November 2013 with winds of 315 kilometres per hour, killing more than 6,000 people.',
    'Maersk will reroute its container ships around the Cape of Good Hope for the rest of the year, the Danish shipping group said, citing higher insurance costs.',
    "Analysis: Is China quietly winning the race for Africa's ports, railways and copper mines while the West looks the other way?",
    "Remittances from migrants in the United States were equivalent to nearly 4 percent of Mexico's economy in 2023, the Bank of Mexico said in its annual report.",
    # set U, the seeds' domain (Iran, Russia, the Gulf: envoys, messages, agencies, anonymous sources), by a helper who never saw the coder (48; 44/48 blind)
    "Analysts say Tehran is unlikely to accept any deal that would require it to dismantle its enrichment facilities, given the Supreme Leader's repeated red lines on the issue.",
    "The Strait of Hormuz, through which roughly a fifth of the world's oil passes, has long been seen as Iran's most potent lever in any confrontation with the West.",
    'Oil prices could climb sharply if Israel targets Iranian energy facilities, according to analysts at several Gulf banks who expect tanker insurance costs to rise as well.',
    "It remains unclear whether Washington would join any Israeli strike on Iran's nuclear facilities, a question that has dominated commentary in Gulf newspapers for weeks.",
    'In an editorial for Kayhan, a hardline commentator argued that negotiating with the Americans has never brought Iran anything but humiliation and broken promises.',
    'Oman has traditionally served as a discreet go-between for Tehran and Washington, a role that has earned the sultanate quiet praise in both capitals.',
    'Experts at the Moscow-based Valdai Club expect the Kremlin to keep giving Tehran diplomatic cover at the Security Council rather than advanced weapons.',
    # set V (own, 2026-12-06): verdicts, obligations with 'be ready', mass expulsion, charges, rights
    'Moscow said a truce with Kyiv was not out of the question.',
    'The economic situation in Lebanon is unacceptable, the finance minister said.',
    'Monsoon floods displaced more than two million people in Bangladesh.',
    # set W (helper, blind, 2026-12-06)
    'Will Beijing really lift its ban on Japanese seafood imports before the end of the year, or is the latest round of talks with Tokyo just for show?',
    "Saudi Arabia defeated Iraq 3-1 in Riyadh on Tuesday to top their World Cup qualifying group, with the visitors' defence collapsing after the break.",
    'A powerful typhoon slammed into the northern Philippines on Sunday, tearing roofs off homes and cutting power to much of Luzon, the national disaster agency said.',
    'Oil prices retreated on Monday as traders weighed the chances of a ceasefire between Russia and Ukraine, with Brent crude falling 2 percent to $78 a barrel.',
    'It remains unclear whether Moscow will withdraw its troops from the border region or whether Kyiv will accept the terms of the proposed ceasefire, Western diplomats said.',
    'Thursday marks 25 years since NATO began its bombing campaign against Yugoslavia, which eventually forced Serbian forces to withdraw from Kosovo.',
    'Switzerland traditionally refuses to join military alliances and has long offered its good offices as a neutral mediator in conflicts far from its borders.',
    'Hopes of a swift ceasefire in Sudan have dimmed, with analysts saying neither the army nor the Rapid Support Forces appears ready to make the concessions needed for a deal.',
    'Ortega, a former Sandinista guerrilla who fought to overthrow the Somoza dynasty, has ruled Nicaragua since 2007 and faces sanctions from the United States and the European Union.',
    # set X (helper, blind, 2026-12-06)
    "Will Beijing risk an open military confrontation with Washington over Taiwan, or will it keep relying on trade pressure and diplomatic isolation to bring the island's government to heel?",
    'Iran beat the United States 2-1 in a tense World Cup group match in Lyon on Sunday night, with rival fans waving flags and chanting political slogans in the stands.',
    'A powerful cyclone struck the coast of Bangladesh overnight, flattening thousands of mud huts and cutting power across much of the south, meteorologists in Dhaka said on Friday.',
    "Friday marks two decades since NATO warplanes began bombing Yugoslavia, a campaign that many Serbs still recall with bitterness and that shaped Belgrade's wary relations with the West.",
    'Oil prices jumped more than 4 percent on Monday as traders fretted that tensions between Iran and Saudi Arabia could disrupt Gulf supplies, while Asian demand for crude remained strong.',
    "Norway has traditionally mediated between Colombia's government and its leftist rebel groups, a role that Norwegian diplomats describe as central to their country's foreign policy.",
    'The International Monetary Fund warned that a prolonged trade war between the United States and China would hurt growth in both economies and drag down emerging markets.',
    'The Lebanese prime minister said the humanitarian situation in the Palestinian refugee camps was unacceptable and described living conditions there as among the worst in the region.',
    'It remains unclear whether North Korea will carry out a seventh nuclear test before the US election, analysts in Seoul said, pointing to fresh activity at the Punggye-ri site.',
    # set Y (helper, blind, 2026-12-06)
    "Could Israel really destroy Iran's underground enrichment plant at Fordow without American bunker-busting bombs and refuelling tankers, or would a strike merely delay the programme?",
    'Croatia defeated Serbia 2-0 in a tense World Cup qualifier in Zagreb on Friday, with striker Mario Mandzukic scoring twice in front of 30,000 fans.',
    'Typhoon Haima slammed into the northern Philippines on Wednesday, tearing roofs off houses and cutting power to three provinces, the national disaster agency said.',
    'Russian stocks plunged 8 percent on Monday and the rouble hit a record low against the dollar as investors fretted over the prospect of new Western sanctions.',
    "Monday marks 40 years since Chinese troops poured across the border into northern Vietnam in a brief but bloody war that Hanoi's textbooks still barely mention.",
    "Kaliningrad, a Russian exclave wedged between Poland and Lithuania, hosts the headquarters of Russia's Baltic Fleet and a brigade of nuclear-capable Iskander missiles.",
    'It remains unclear whether Ankara will order troops across the border into northern Iraq before the winter snows close the mountain passes, Western diplomats say.',
    "Years of Western sanctions have hit Iran's oil exports hard, and the rial has lost more than 80 percent of its value against the dollar since 2018, economists say.",
    # set Z (helper, blind, 2026-12-06)
    'Would Washington really risk a war with China to defend a handful of uninhabited rocks in the East China Sea, or is its security pledge to Tokyo largely symbolic?',
    "Nigeria beat Cameroon 2-0 in an African Cup of Nations quarter-final in Abidjan on Saturday, with both goals coming after a second-half red card for the visitors' captain.",
    'Typhoon Haima slammed into the northern Philippines early on Thursday, tearing off roofs and forcing thousands of villagers to flee their homes, disaster officials in Manila said.',
    'Brent crude jumped more than 4 percent to $88 a barrel in London on Monday as traders fretted that tensions between Iran and Saudi Arabia could disrupt supplies from the Gulf.',
    'Tuesday marks 25 years since NATO warplanes began bombing Yugoslavia, a campaign that still colours Serbian attitudes toward the Western alliance and its member states.',
    'Jordan receives about $1.5 billion in American economic and military assistance every year, making the kingdom one of the largest recipients of U.S. aid in the world.',
    'It remains unclear whether Pakistan will hand over the suspects to India or whether the two neighbours will resume their stalled peace dialogue, diplomats in Islamabad said.',
    'Hopes of an early summit between the Chinese and Japanese leaders have faded amid a bitter row over wartime history textbooks, according to commentators in both capitals.',
    # set AA (helper, blind, 2026-12-06)
    'Friday marks the 25th anniversary of the day Turkish troops landed on the northern coast of Cyprus, an event still commemorated with military parades in the Turkish Cypriot north and with mourning in the Greek Cypriot south.',
    "Would Washington really send its aircraft carriers into the Taiwan Strait to defend the island if Chinese missiles began falling near Taipei, as some Pentagon planners now privately fear and as Beijing's hardliners seem to doubt?",
    'Diplomats in Nairobi say it is unclear whether Khartoum will allow the UN relief flights to resume before the rainy season, when much of southern Sudan becomes impassable by road and aid agencies warn of famine.',
    "The International Monetary Fund forecast on Tuesday that Argentina's economy would shrink by 11 percent this year, while the crisis was expected to hit exports from neighbouring Brazil and Uruguay and to drag down growth across the region.",
    'Landlocked and mountainous, Kyrgyzstan, which borders China, Kazakhstan, Uzbekistan and Tajikistan, hosts a Russian air base outside Bishkek and relies heavily on money sent home by hundreds of thousands of migrant workers in Russia.',
    'Costa Rica, which abolished its army in 1948, traditionally relies on regional treaties and the Organisation of American States rather than on force to settle its frequent border disputes with Nicaragua.',
    'The unexpected thaw has raised hopes of a resumption of peace talks between India and Pakistan, though officials in both capitals cautioned that no date had been set and that the agenda remained in dispute.',
    'South Korea beat Japan 3-1 in a World Cup qualifier in Tokyo on Saturday, sending thousands of jubilant fans into the streets of Seoul, where they waved flags and chanted slogans until dawn.',
    "Most Western analysts in Seoul believe that years of famine have left North Korea's million-strong army short of fuel and spare parts, although its artillery dug in along the demilitarised zone remains within range of the South Korean capital.",
    # set AB (helper, blind, 2026-12-06)
    "Will Beijing really retaliate against Washington's new chip export curbs, or quietly wait for the next round of trade talks?",
    'Egypt receives about $1.3 billion in US military aid every year under arrangements dating back to the Camp David accords.',
    'Monday marks three years since Russian troops poured across the border into Ukraine in the largest European invasion since 1945.',
    "Senegal stunned France 2-1 in Lyon on Tuesday, ending the hosts' 20-match unbeaten run in World Cup qualifiers.",
    'It remains unclear whether Tehran will retaliate for the strike on its consulate, analysts in Beirut and Doha said.',
    "Typhoon Kong-rey slammed into Taiwan's east coast on Thursday, forcing Taipei to shut offices and cancel hundreds of flights.",
    'Lagarde warned that a full-blown transatlantic trade war would hurt both Europe and the United States.',
    "Beijing's foreign ministry declined to comment on whether Xi would attend the G20 summit in Johannesburg next month.",
    "Negotiating with the Americans has never brought Iran anything but more sanctions, Khamenei's adviser said on state television.",
    "Sanctions and falling oil prices hit Russia's economy hard last quarter, with growth slowing to 0.4 percent, Rosstat said.",
    # set AC (helper, blind, 2026-12-06)
    "A spokesman for Ethiopia's army declined to comment on Tuesday when asked about the whereabouts of a detained opposition journalist.",
    "Amnesty International said the humanitarian situation in Sudan's Darfur region was unacceptable and was worsening by the day.",
    "Kenya's central bank governor warned that weeks of street protests would hurt the tourism industry and slow economic growth this year.",
    "Ghana's Black Stars beat Nigeria 2-1 in a World Cup qualifier in Kumasi on Saturday, ending a run of three straight defeats against their West African rivals.",
    'A documentary about the 1973 military coup in Chile won the top prize at the Havana film festival on Friday, organisers said.',
    'A former Congolese rebel commander who fought in the wars of the 1990s died in a hospital in Kinshasa on Monday at the age of 68, his family said.',
    "Pakistan's finance minister said consumers would pay higher fuel prices next month as global oil costs continue to rise.",
    "Peru's electoral jury said turnout in Sunday's regional elections reached 78 percent, the highest since the return to democracy in 2001.",
    "Thailand's opposition leader struck a chord with young voters in Bangkok, a poll published by a Bangkok university showed on Sunday.",
    # set AD (helper, blind, 2026-12-06)
    'Sharif, who was ousted in a 1999 military coup and later spent years in exile in Saudi Arabia, has led the Pakistan Muslim League for most of the past three decades.',
    'Brent crude futures rose 2.3 percent to $84.10 a barrel on Thursday as traders weighed the risk of supply disruptions through the Strait of Hormuz.',
    'The Turkish lira fell to a record low of 41.2 against the dollar on Tuesday, extending losses that have wiped nearly a fifth off its value this year.',
    "China's exports to the United States fell 11 percent in September from a year earlier, while shipments to Southeast Asian markets rose sharply, customs data showed.",
    'Brazil beat Argentina 2-1 in a World Cup qualifier in Sao Paulo on Tuesday night, with Vinicius Junior scoring the winning goal deep in stoppage time.',
    'More than 1,200 people were killed and thousands of homes destroyed when a magnitude 7.1 earthquake struck the mountainous border region between Afghanistan and Iran overnight.',
    'An opinion poll published by the Levada Center found that 62 percent of Russians expect relations with the West to worsen further over the coming year.',
    'Analysts at Goldman Sachs said a prolonged conflict between Israel and Iran could push oil prices above $100 a barrel and slow growth across Europe.',
    'Would Beijing really risk a naval blockade of Taiwan at a time when its own economy is slowing and exports to Western markets are falling?',
    'The documentary, which premiered at the Venice Film Festival, traces how Serbian paramilitaries expelled Muslim families from villages in eastern Bosnia during the 1992-95 war.',
    'A new study by the Stockholm International Peace Research Institute says global military spending rose for the tenth consecutive year, led by the United States, China and Russia.',
    "A passenger train derailed near the Egyptian city of Minya on Sunday, killing at least 18 people and injuring dozens, the country's health ministry said.",
    'Cyclone Freddy battered the coast of Mozambique for a second time on Saturday, flattening homes and cutting power to the port city of Quelimane.',
    "The Louvre's exhibition of Safavid art from Iran, featuring more than 200 manuscripts, carpets and ceramics, drew record crowds in its first week in Paris.",
    "India's economy grew 7.8 percent in the April-June quarter, outpacing China and remaining the fastest-growing major economy for a third straight year.",
    'The yen weakened past 155 per dollar on Friday, its lowest level in 34 years, as the gap between Japanese and American interest rates continued to widen.',
    'Japan defeated South Korea 3-0 in the final of the Asian baseball championship in Taipei, avenging a semi-final loss to their rivals two years ago.',
    'Kim Jong Un, who inherited power after the death of his father in December 2011, is believed to be about 41 years old and has at least three children.',
    "The book, written by a former CIA analyst, argues that Washington repeatedly misread Moscow's intentions in the years before Russia annexed Crimea in 2014.",
    'Floods triggered by monsoon rains have killed at least 230 people across Pakistan since late June, the National Disaster Management Authority said on Monday.',
    "Nigeria, Africa's largest oil producer, pumped an average of 1.45 million barrels per day in August, still below its OPEC quota, according to a Reuters survey.",
    "Copper prices slid to a three-month low on the London Metal Exchange as weak factory data from China fuelled worries about demand from the world's biggest consumer.",
    'Eritrea, which won independence from Ethiopia in 1993 after a 30-year guerrilla war, has never held a national election and has no independent press.',
    'A Gallup survey found that support for sending military aid to Ukraine has fallen to 41 percent among Americans, the lowest level since the full-scale invasion began.',
    'If the talks collapse, a renewed conflict in eastern Congo could displace hundreds of thousands more people and overwhelm camps around Goma, aid agencies fear.',
    "Germany's trade surplus narrowed to 16.4 billion euros in July as exports to China and the United States declined for a second consecutive month, the statistics office said.",
    "Iran's rial plunged to a record low against the dollar on the unofficial market on Sunday, as fears of renewed Israeli strikes and tighter US sanctions weighed on sentiment.",
])
def test_no_event_from_a_sentence_without_one(text: str) -> None:
    assert run(text).events == []


def test_a_stateless_people_acts_and_is_targeted_as_itself() -> None:
    """Kurds or Sunnis are no state: they act as themselves, and a place named beside them does not
    replace them as the target."""
    r = run("Shiites clashed with Sunnis in Karachi.")
    names = {a.id: a.name for a in r.actors}
    assert [(names.get(e.source), names.get(e.target)) for e in r.events if e.type == "ASSAULT"] == [
        ("Shiites", "Sunnis")]


def test_an_attack_made_in_protest_is_a_riot() -> None:
    r = run("Hundreds of Kurds stormed the Greek embassy in London in protest at the arrest of their leader.")
    riots = [e for e in r.events if e.type == "PROTEST"]
    names = {a.id: a.name for a in r.actors}
    assert riots and riots[0].cameo == "145" and riots[0].mode == "riot"
    assert names.get(riots[0].source) == "Kurds" and riots[0].target == "GRC"
    assert not [e for e in r.events if e.type == "ASSAULT"]


def test_a_crowd_protesting_in_a_purpose_clause_is_no_formal_complaint() -> None:
    r = run("Opposition supporters staged a sit-in outside parliament to protest against alleged vote rigging.")
    assert {e.type for e in r.events} == {"PROTEST"}


def test_a_ban_on_imports_is_a_sanction_and_a_ban_on_rallies_a_restriction() -> None:
    assert "SANCTION" in {e.type for e in run("The United States imposed a ban on imports of Burmese goods.").events}
    assert "COERCE" in {e.type for e in run("The junta imposed a ban on rallies in the capital.").events}


def test_an_accusation_in_the_passive_is_the_reporting_party_s() -> None:
    r = run("Indonesian troops are accused of killing 50 civilians in Aceh, a human rights group said.")
    names = {a.id: a.name for a in r.actors}
    acc = [e for e in r.events if e.type == "ACCUSE"]
    assert acc and names.get(acc[0].source) == "human rights group" and acc[0].target == "IDN"


@pytest.mark.parametrize(("text", "etype"), [
    ("Coal miners in Romania barricaded themselves underground to protest against planned mine closures.", "PROTEST"),
    ("Tibetan monks staged a rare protest in Lhasa against Chinese rule.", "PROTEST"),
    ("Iran protested to Azerbaijan over the opening of an Israeli embassy.", "ACCUSE"),
])
def test_crowds_demonstrate_and_states_complain(text: str, etype: str) -> None:
    types = {e.type for e in run(text).events}
    assert etype in types and ({"PROTEST", "ACCUSE"} - {etype}).isdisjoint(types), types


def test_a_crowd_protests_against_the_state_where_it_marches() -> None:
    r = run("Thousands of students marched through the streets of Jakarta demanding the resignation of the president.")
    assert [e.target for e in r.events if e.type == "PROTEST"] == ["IDN"]
    r = run("Demonstrators burned an effigy of the American president outside the embassy in Islamabad.")
    assert [e.target for e in r.events if e.type == "PROTEST"] == ["USA"]


def test_an_act_the_bomb_clause_governs_is_coded_when_the_bomb_names_no_one() -> None:
    r = run("A bomb planted in a parked car exploded outside a police station in Londonderry, injuring three officers.")
    assert "ASSAULT" in {e.type for e in r.events}


def test_a_crowd_clashing_during_protests_riots_but_the_police_repress() -> None:
    r = run("Police fired tear gas at students during a demonstration in Dhaka.")
    assert {e.type for e in r.events} == {"ASSAULT"}
    r = run("Hundreds of Tibetans clashed with police in western China during protests against Chinese rule.")
    assert "PROTEST" in {e.type for e in r.events}


@pytest.mark.parametrize(("text", "source"), [
    ("Several mortar shells fired by rebels landed near the presidential palace in Kinshasa.", "rebels"),
    ("The bombing, claimed by the PKK, killed five soldiers.", "Kurdistan Workers' Party"),
    ("Dozens of villagers were killed in attacks blamed on Muslim militants.", "Muslim militants"),
    ("At least 40 people died when government helicopters strafed a market.", "government"),
])
def test_the_agent_behind_a_weapon_or_an_attack_noun(text: str, source: str) -> None:
    r = run(text)
    names = {a.id: a.name for a in r.actors}
    assert source in {names.get(e.source) for e in r.events if e.type == "ASSAULT"}, r.events


def test_coming_under_fire_names_the_shooter_as_source() -> None:
    r = run("A Turkish patrol came under fire from Syrian positions across the border.")
    assert ("ASSAULT", "SYR", "TUR") in dyads(r)


def test_only_armed_forces_leaving_a_place_withdraw() -> None:
    assert "RETREAT" in {e.type for e in run("Rebel fighters left the town of Goma on Sunday.").events}
    assert "RETREAT" not in {e.type for e in run("The Iranian minister left Moscow on Sunday.").events}


def test_a_city_is_never_the_agent() -> None:
    """'Aleppo' stands for Syria as a place, never as the one who acts or speaks."""
    for text in ("Aleppo residents said the shelling continued.", "Mosul was quiet on Sunday."):
        r = run(text)
        syr_or_irq = {a.id for a in r.actors if a.country in ("SYR", "IRQ")}
        assert not any(e.source in syr_or_irq for e in r.events), r.events


def test_every_event_has_evidence_inside_the_text() -> None:
    r = run("Lavrov met Araghchi in Tehran on Tuesday. Iran later rejected the US proposal.")
    assert r.events
    for e in r.events:
        s, t = e.span
        assert 0 <= s < t <= len(r.text)
        assert r.text[s:t] in e.sentence
        assert e.rule


def test_date_is_normalised_against_publication_date() -> None:
    r = run("Sergei Lavrov arrived in Tehran on Tuesday.", published="2025-10-22")
    visit = next(e for e in r.events if e.type == "CONSULT")
    assert visit.date == "2025-10-21"
    assert visit.date_text and "Tuesday" in visit.date_text
    assert visit.location == "Tehran"


def test_negated_future_cooperation_is_a_rejection() -> None:
    r = run("Iranian Foreign Minister Abbas Araghchi said Tehran will not negotiate with Washington.")
    assert ("REJECT", "IRN", "USA") in dyads(r)


def test_negated_past_event_is_denied_not_asserted() -> None:
    r = run("Russia did not attack Ukraine on Monday, the ministry said.")
    attacks = [e for e in r.events if e.type == "ASSAULT"]
    assert attacks and all(e.certainty == "denied" for e in attacks)


@pytest.mark.parametrize(("text", "certainty"), [
    ("According to Tasnim, Lavrov met Araghchi in Tehran.", "reported"),
    ("Lavrov reportedly met Araghchi in Tehran.", "reported"),
    ("Analysts believe Russia could attack Ukraine.", "speculated"),
    ("Trump and Putin are expected to hold talks next month.", "hypothetical"),
    ("Lavrov met Araghchi in Tehran.", "asserted"),
])
def test_certainty(text: str, certainty: str) -> None:
    r = run(text)
    assert r.events, text
    assert r.events[0].certainty == certainty


def test_reported_event_is_attributed_to_the_agency() -> None:
    r = run("According to Iran's Tasnim news agency, Lavrov met in Tehran with Ali Larijani.")
    e = next(e for e in r.events if e.type == "CONSULT")
    assert name(r, e.attributed_to) == "Tasnim"
    assert country(r, e.source) == "RUS" and country(r, e.target) == "IRN"


def test_compound_actors_give_one_event_per_pair_without_symmetric_duplicates() -> None:
    r = run("Russia and Iran met with Turkey in Astana.")
    consult = [e for e in r.events if e.type == "CONSULT"]
    pairs = {frozenset((country(r, e.source), country(r, e.target))) for e in consult}
    assert frozenset(("RUS", "TUR")) in pairs and frozenset(("IRN", "TUR")) in pairs
    assert len(consult) == len(pairs)


def test_a_stated_intention_is_coded_as_intent_not_as_the_act() -> None:
    """CAMEO 03/13: 'will give' is a promise (AGREE), 'will strike if' is a threat (THREATEN)."""
    assert ("AGREE", "FIN", "TZA") in dyads(run("Finland will give Tanzania a grant of 5 million dollars."))
    assert ("THREATEN", "ISR", "IRN") in dyads(run("If talks fail, Israel will strike Iran."))
    assert ("AID", "FIN", "TZA") in dyads(run("Finland gave Tanzania a grant of 5 million dollars."))


def test_every_event_carries_a_cameo_code() -> None:
    r = run("Israel launched air strikes on Lebanon. Germany urged Russia to withdraw its troops.")
    assert r.events and all(e.cameo for e in r.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain said Morocco must withdraw its claims.", ("REQUEST", "ESP", "MAR")),
    ("The EU insisted that Serbia should recognise Kosovo.", ("REQUEST", "EUR", "SRB")),
])
def test_an_obligation_voiced_by_one_state_is_a_demand_on_another(text: str, expected: tuple) -> None:
    r = run(text)
    assert expected in dyads(r)
    assert "RETREAT" not in {e.type for e in r.events} and "SUPPORT" not in {e.type for e in r.events}


@pytest.mark.parametrize(("text", "etype"), [
    ("Hundreds of Kenyan teachers began a hunger strike to protest against the new law.", "PROTEST"),
    ("Police arrested twelve Egyptian activists in Cairo.", "COERCE"),
    ("Turkey lifted the curfew in Diyarbakir.", "CONCEDE"),
    ("Hamas released three Israeli hostages.", "RETREAT"),
    ("Japan halted economic aid to Myanmar.", "SANCTION"),
    ("Norway expelled two Russian diplomats.", "SANCTION"),
    ("Greece signed a defence treaty with France.", "SUPPORT"),
    ("Israeli forces demolished Palestinian homes in Hebron.", "COERCE"),
    ("Peru has granted asylum to five Venezuelan officers.", "AID"),
])
def test_each_type_has_its_everyday_phrasing(text: str, etype: str) -> None:
    assert {e.type for e in run(text).events} == {etype}, [(e.type, e.rule) for e in run(text).events]


def test_a_purpose_clause_is_part_of_the_event_not_a_second_one() -> None:
    r = run("Thousands of Iraqi Kurds staged demonstrations in Kirkuk to demand independence.")
    assert {e.type for e in r.events} == {"PROTEST"}


def test_coordinated_subjects_each_get_the_event() -> None:
    r = run("The US, Russia, and Switzerland met in Geneva yesterday.")
    pairs = {frozenset((country(r, e.source), country(r, e.target))) for e in r.events if e.type == "CONSULT"}
    assert {frozenset(("USA", "RUS")), frozenset(("USA", "CHE")), frozenset(("RUS", "CHE"))} <= pairs


def test_declining_to_comment_is_not_a_rejection() -> None:
    assert run("The United States declined to comment on the report.").events == []


def test_a_promised_arms_delivery_is_a_commitment_to_the_recipient() -> None:
    r = run("Macron announced that France would deliver additional Mirage fighter jets to Kyiv.")
    assert ("AGREE", "FRA", "UKR") in dyads(r)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine received air defence systems from Germany.", ("AID", "DEU", "UKR")),
    ("The US presented evidence against Russia.", ("ACCUSE", "USA", "RUS")),
    ("Washington wants Moscow to withdraw.", ("REQUEST", "USA", "RUS")),
])
def test_received_from_evidence_against_and_wanting_someone_to_act(text: str, expected: tuple) -> None:
    assert expected in dyads(run(text))


def test_a_denied_agreement_is_coded_as_denied_not_as_a_rejection() -> None:
    r = run("Egypt denied that it had agreed to host displaced Palestinians.")
    assert {e.type for e in r.events} == {"AGREE"}
    assert all(e.certainty == "denied" for e in r.events)


def test_sending_a_delegation_is_a_visit_to_the_place_state() -> None:
    r = run("Israel sent a delegation to Doha for talks on Monday.")
    assert ("CONSULT", "ISR", "QAT") in dyads(r)


def test_traded_accusations_go_both_ways_and_suspended_membership_is_a_sanction() -> None:
    assert {("ACCUSE", "CHN", "PHL"), ("ACCUSE", "PHL", "CHN")} <= dyads(
        run("Beijing and Manila traded accusations after the incident."))
    assert ("SANCTION", None, "MLI") in dyads(run("The African Union suspended Mali's membership."))


def test_a_sibling_denial_does_not_deny_the_next_verb() -> None:
    """'dismissed the sanctions and vowed to respond': the vow is made, not denied."""
    r = run("Moscow dismissed the sanctions as illegitimate and vowed to respond.")
    assert r.events and all(e.certainty != "denied" for e in r.events)


@pytest.mark.parametrize(("text", "news", "background"), [
    ("Uganda said it had paid compensation to 67 British nationals for assets they lost when "
     "Idi Amin expelled them 18 years ago.", "RETREAT", "COERCE"),
    ("Serbia lifted a night curfew in Montenegro, where 28 people have been killed in riots this year.",
     "CONCEDE", "ASSAULT"),
])
def test_a_background_clause_is_not_coded_again_as_news(text: str, news: str, background: str) -> None:
    """An old event restated in a 'when'/'where' clause would be coded with this article's date."""
    types = {e.type for e in run(text).events}
    assert news in types and background not in types


def test_a_background_clause_that_names_the_event_more_precisely_stays() -> None:
    r = run("Tehran has hosted talks with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, "
            "who met with Iran's Supreme Leader Ali Khamenei.")
    names = {a.id: a.name for a in r.actors}
    assert any(e.type == "CONSULT" and "Khamenei" in (names.get(e.target) or "") + (names.get(e.source) or "")
               for e in r.events)


def test_a_bloc_is_a_group_actor_and_a_direction_is_not() -> None:
    r = run("Russia warned the West against interfering in Georgia. Fighting continued in the west of the country.")
    names = {a.name for a in r.actors}
    assert "West" in names and len([a for a in r.actors if a.name.lower() == "west"]) == 1
    assert any(e.type == "THREATEN" for e in r.events)


def test_what_was_discussed_is_not_a_party() -> None:
    r = run("Lavrov discussed Syria with Araghchi.")
    assert {(e.source, e.target) for e in r.events if e.type == "CONSULT"} == {("sergei-lavrov", "abbas-araghchi")}


def test_an_actor_of_one_sentence_is_not_merged_with_another_act() -> None:
    """Two undyadic acts of one source in two sentences are two events."""
    r = run("Xi said China would oppose unilateral tariffs. Xi accepted the invitation to the summit.")
    assert {e.type for e in r.events} >= {"REJECT", "AGREE"}


def test_both_sides_is_the_opposed_pair_not_the_speaker() -> None:
    r = run("Sudan's army accused the RSF of shelling a camp. UN chief Antonio Guterres called on both sides "
            "to agree to a ceasefire.")
    requests = {e.target for e in r.events if e.type == "REQUEST"}
    assert requests == {"SDN", "rsf"}



def test_them_after_a_thing_is_not_a_state() -> None:
    """'rejected the measures and said it would vote against them': them = the measures."""
    r = run("Chinese officials have opened an investigation. Hungary rejected the measures and said it "
            "would vote against them.")
    assert not any(e.source == "HUN" and e.target == "CHN" and not e.target_inferred for e in r.events)


def test_a_condemned_act_points_to_its_agent() -> None:
    """'Japan condemned the launch' after 'North Korea fired two missiles': target North Korea, inferred."""
    r = run("North Korea fired two ballistic missiles into the sea on Thursday. "
            "Japan's prime minister condemned the launch as a violation of UN resolutions.")
    acc = [e for e in r.events if e.type == "ACCUSE"]
    assert acc and acc[0].source == "JPN" and acc[0].target == "PRK" and acc[0].target_inferred


@pytest.mark.parametrize("text", [
    "Kenya's interior minister said the two men accused of smuggling weapons had been released.",
    "The Greek government said on Monday that officials charged with fraud would stand trial in Athens.",
])
def test_a_reduced_passive_accusation_is_not_the_speakers(text: str) -> None:
    """'she said officials accused of X were freed': the speaker did not make the accusation."""
    r = run(text)
    assert not any(e.type == "ACCUSE" and e.source is not None for e in r.events), dyads(r)


def test_a_mediation_effort_is_the_mediators_with_both_parties() -> None:
    r = run("Norway launched a mediation effort between the Colombian government and the rebels.")
    med = {(country(r, e.source), name(r, e.target)) for e in r.events if e.type == "CONSULT"}
    assert ("NOR", "Colombia") in med and ("NOR", "rebels") in med, med


def test_a_hostile_act_held_out_on_a_condition_is_a_threat() -> None:
    r = run("The EU may suspend aid to Mali if the junta refuses to hold elections.")
    assert ("THREATEN", "EUR", "MLI") in dyads(r) and not any(e.type == "SANCTION" for e in r.events)


def test_coordinated_demonyms_on_one_noun_are_two_groups_acting_jointly() -> None:
    r = run("Colombian and Venezuelan police carried out a joint operation against drug traffickers.")
    assert ("COOPERATE", "COL", "VEN") in dyads(r) and not any(e.type == "ASSAULT" for e in r.events), dyads(r)


def test_a_clash_between_coordinated_sides_goes_both_ways() -> None:
    r = run("Iranian and Iraqi troops clashed near the border.")
    assert {("ASSAULT", "IRN", "IRQ"), ("ASSAULT", "IRQ", "IRN")} <= dyads(r)


def test_warning_that_someone_would_face_attacks_is_a_threat_to_them() -> None:
    r = run("The Taliban warned that foreign troops would face attacks if they did not leave the country.")
    threats = [(name(r, e.source), name(r, e.target)) for e in r.events if e.type == "THREATEN"]
    assert threats == [("Taliban", "foreign troops")], threats


def test_an_aid_worker_released_is_a_release_not_aid() -> None:
    r = run("The guerrillas released a French aid worker they had held for three months.")
    assert {e.type for e in r.events} == {"RETREAT"}


def test_an_earlier_event_named_as_a_time_mark_is_background() -> None:
    r = run("Half of the guerrillas have been demobilized since the peace accord between the government "
            "and the rebels.")
    assert {e.type for e in r.events} == {"RETREAT"}, [(e.type, e.rule) for e in r.events]


@pytest.mark.parametrize(("text", "mode", "cameo"), [
    ("North Korea threatened to attack South Korea.", "violence", "138"),
    ("The army threatened to impose a curfew in the capital.", "restrict", "1323"),
    ("China threatened to cut diplomatic ties with Lithuania.", "relations", "1313"),
    ("The US threatened Iran with new sanctions.", "relations", "1312"),
    ("Iran vowed to retaliate against Israel.", None, "130"),  # retaliation by any means
    ("Hamas vowed to continue its attacks on Israel.", "violence", "138"),
])
def test_a_threat_is_coded_by_what_it_threatens(text: str, mode: str | None, cameo: str) -> None:
    """An analyst counting threats of force apart from threats of sanctions needs the mode."""
    r = run(text)
    got = [(e.mode, e.cameo) for e in r.events if e.type == "THREATEN"]
    assert got == [(mode, cameo)], got


@pytest.mark.parametrize(("text", "mode", "cameo"), [
    ("At least 40 people were killed when a suicide bomber blew himself up at a mosque in Quetta.",
     "suicide-attack", "1831"),
    ("Government troops shelled rebel positions outside the town of Goma overnight.", "heavy-weapons", "194"),
    ("Gunmen killed five policemen in Peshawar.", "firearms", "193"),
    ("Israeli warplanes bombed targets in Gaza.", "heavy-weapons", "195"),
    ("NATO air strikes hit Serb positions.", "heavy-weapons", "195"),
    ("A car bomb exploded in Baghdad, killing 12 people.", "explosives", "183"),
])
def test_an_assault_is_coded_by_its_weapons(text: str, mode: str, cameo: str) -> None:
    r = run(text)
    got = {(e.mode, e.cameo) for e in r.events if e.type == "ASSAULT"}
    assert got == {(mode, cameo)}, got


def test_a_warning_of_countermeasures_with_a_condition_threatens_the_conditioned_party() -> None:
    r = run("Beijing warned of resolute countermeasures if Washington sells arms to Taiwan.")
    assert ("THREATEN", "CHN", "USA") in dyads(r)
    assert not run("Experts warned of consequences for the economy.").events


def test_a_crowd_acting_in_protest_is_a_protest_not_a_complaint() -> None:
    r = run("Shopkeepers in Srinagar shut their businesses in protest against the killings.")
    assert {e.type for e in r.events} == {"PROTEST"}


@pytest.mark.parametrize("text", [
    "Four children were killed in Israeli shelling in Gaza on Friday.",
    "Two farmers were killed in Israeli tank shelling in the east of the Gaza Strip, medics said.",
])
def test_killed_in_demonym_shelling_names_the_agent_not_the_place(text: str) -> None:
    """'in Israeli shelling' is Israel's act; Israel is not where it happened."""
    r = run(text)
    assert ("ASSAULT", "ISR", "PSE") in dyads(r), dyads(r)


def test_claiming_responsibility_for_an_attack_makes_the_claimant_its_agent() -> None:
    r = run("The Somali militant group al-Shabab claimed responsibility for a deadly attack on a mall "
            "in Kenya's capital.")
    assert {(e.type, name(r, e.source), country(r, e.target)) for e in r.events} == {
        ("ASSAULT", "Al-Shabaab", "KEN")}
    assert not run("No group has claimed responsibility for the attack.").events


@pytest.mark.parametrize(("text", "agent"), [
    ("The Russian mercenary group Wagner attacked the town of Bakhmut.", "Wagner Group"),
    ("The Lebanese movement Hezbollah fired rockets at northern Israel.", "Hezbollah"),
])
def test_a_group_named_in_apposition_acts_not_its_state(text: str, agent: str) -> None:
    r = run(text)
    sources = {name(r, e.source) for e in r.events if e.type == "ASSAULT"}
    assert sources == {agent}, sources


def test_an_inspection_of_sites_in_a_state_targets_that_state() -> None:
    r = run("Dutch investigators examined the crash site in eastern Ukraine.")
    assert ("ACCUSE", "NLD", "UKR") in dyads(r)


def test_wanting_to_investigate_is_not_yet_an_investigation() -> None:
    r = run("The UN wants to investigate the attack in Syria.")
    assert [e.certainty for e in r.events if e.type == "ACCUSE"] == ["hypothetical"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia claimed that Ukraine shelled the nuclear plant.", ("ACCUSE", "RUS", "UKR")),
    ("The US claimed that Iraq had attacked Kuwait.", ("ACCUSE", "USA", "IRQ")),
])
def test_claiming_that_another_party_attacked_is_an_accusation(text: str, expected: tuple) -> None:
    r = run(text)
    assert expected in dyads(r), dyads(r)


def test_claiming_ones_own_act_is_no_accusation() -> None:
    r = run("The rebels claimed that they had captured the town.")
    assert {e.type for e in r.events} == {"ASSAULT"}


@pytest.mark.parametrize("text", [
    "Pro-Russian separatists shelled the city of Mariupol.",
    "Russian-backed separatists shelled Mariupol.",
])
def test_a_group_for_or_backed_by_a_state_is_not_that_state(text: str) -> None:
    r = run(text)
    assert all(country(r, e.source) != "RUS" for e in r.events), dyads(r)


def test_a_weapon_is_never_the_agent() -> None:
    r = run("The airliner was brought down by a BAK missile fired by separatist rebels.")
    assert all(name(r, e.source) != "BAK" for e in r.events), [(e.type, name(r, e.source)) for e in r.events]
    r = run("The building was hit by a Russian missile.")
    assert dyads(r) == {("ASSAULT", "RUS", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Modi attended the G20 summit in Rome.", ("CONSULT", "IND", "ITA")),
    ("Putin joined talks with Xi in Beijing.", ("CONSULT", "RUS", "CHN")),
])
def test_attending_a_summit_is_a_consultation_with_whom_or_where(text: str, expected: tuple) -> None:
    assert expected in dyads(run(text))


def test_a_scheduled_event_has_not_happened_yet() -> None:
    r = run("Obama is scheduled to attend a summit in Switzerland.")
    assert [(e.type, e.certainty) for e in r.events] == [("CONSULT", "hypothetical")]


def test_a_verbal_attack_on_a_decision_is_criticism_not_force() -> None:
    r = run("The Soviet news agency Tass attacked the American decision as a threat to peace.")
    assert {e.type for e in r.events} == {"ACCUSE"}
    r = run("Russian forces attacked the government building in Kyiv.")
    assert {e.type for e in r.events} == {"ASSAULT"}


def test_committing_abuses_is_no_commitment() -> None:
    r = run("Human rights groups said the army had committed widespread abuses in Chechnya.")
    assert not any(e.type == "AGREE" for e in r.events)
    assert any(e.type == "AGREE" for e in run("Japan committed itself to the peace talks.").events)


def test_a_weapons_test_is_a_show_of_force_not_an_attack() -> None:
    r = run("India test-fired a medium-range missile in the Bay of Bengal.")
    assert {e.type for e in r.events} == {"MOBILIZE"}


def test_rebels_of_a_state_can_strike_its_territory() -> None:
    r = run("Syrian rebels shelled government-held districts of Aleppo on Sunday.")
    assert ("ASSAULT", "SYR", "SYR") in dyads(r)


def test_evidence_spans_have_no_leading_or_trailing_whitespace() -> None:
    """An analyst's highlight starts and ends on words, also where a paragraph ends the sentence."""
    text = ("Ukraine's President Volodymyr Zelensky expressed solidarity with the protesters.\n\n"
            "Iran welcomed the talks.\nRussia attacked Kharkiv overnight.\n")
    r = run(text)
    assert r.events
    for e in r.events:
        ev = r.text[e.span[0]:e.span[1]]
        assert ev == ev.strip(), repr(ev)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Barack Obama and Vladimir Putin will meet in Zurich.", "036"),
    ("Finland will give Tanzania a grant.", "033"),
    ("Israel will withdraw its troops from Gaza.", "0356"),
    ("Qatar offered to mediate between Israel and Hamas.", "039"),
])
def test_a_stated_intent_carries_the_cameo_code_of_what_it_promises(text: str, cameo: str) -> None:
    r = run(text)
    assert {e.cameo for e in r.events if e.type == "AGREE"} == {cameo}


def test_agreeing_to_resume_talks_with_a_party_targets_that_party() -> None:
    r = run("Iran agreed to resume talks with the IAEA.")
    assert [(e.type, e.cameo, name(r, e.target)) for e in r.events] == [
        ("AGREE", "036", "International Atomic Energy Agency")]


def test_retaliating_with_strikes_is_an_attack_and_promising_to_is_a_threat() -> None:
    r = run("Pakistan retaliated with air strikes on separatist hideouts in Iran.")
    assert ("ASSAULT", "PAK", "IRN") in dyads(r)
    r = run("China responded with countermeasures against Lithuania.")
    assert {e.type for e in r.events} == {"THREATEN"}


def test_an_act_dated_years_before_the_article_is_history_not_news() -> None:
    # recalled in a 2025 article, the 1979 treaty and the 1998-2000 war are background
    for text in ("Egypt and Israel signed a peace treaty in 1979.",
                 "Ethiopia and Eritrea fought a border war between 1998 and 2000 that killed 80,000 people.",
                 "During the 1990s, the Taliban captured Kabul, banning girls from school."):
        assert run(text, published="2025-03-01").events == [], text
    # in an article of its own time it is the news
    assert "SUPPORT" in {e.type for e in run("Egypt and Israel signed a peace treaty in 1979.",
                                             published="1979-03-27").events}
    # with no publication date known, nothing is judged old
    assert run("Egypt and Israel signed a peace treaty in 1979.", published=None).events


def test_here_is_the_dateline_city() -> None:
    # the cleaner removes "TEHRAN (Reuters) -"; an act done "here" took place there, dated by its verb
    art = run("TEHRAN (Reuters) - Russian Foreign Minister Sergei Lavrov arrived here on Monday for talks "
              "with Iranian officials.", published="2025-03-01")
    talks = [e for e in art.events if e.type == "CONSULT"]
    assert talks and talks[0].location == "Tehran" and talks[0].date == "2025-02-24"
