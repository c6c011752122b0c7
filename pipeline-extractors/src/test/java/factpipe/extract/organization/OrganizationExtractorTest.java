package factpipe.extract.organization;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.OrganizationValue;
import factpipe.extract.country.CountryGazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganizationExtractorTest {

    private static OrganizationExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new OrganizationExtractor(new OrganizationGazetteer(), new CountryGazetteer());
    }

    /** "text@start-end=name|acronym|country" per fact. */
    private static List<String> found(String text) {
        return extractor.extract(Document.fromText("t", text)).stream()
                .map(f -> {
                    OrganizationValue v = (OrganizationValue) f.value();
                    return f.text() + "@" + f.span().start() + "-" + f.span().end() + "=" + v.name() + "|"
                            + (v.acronym() == null ? "" : v.acronym()) + "|" + (v.country() == null ? "" : v.country());
                })
                .toList();
    }

    @Test
    void knownBodiesTakeTheirCanonicalNameFromEveryForm() {
        assertThat(found("INTERPOL and ICPO-INTERPOL; the UN and the United Nations."))
                .containsExactly(
                        "INTERPOL@0-8=International Criminal Police Organization|INTERPOL|",
                        "ICPO-INTERPOL@13-26=International Criminal Police Organization|INTERPOL|",
                        "UN@32-34=United Nations|UN|",
                        "United Nations@43-57=United Nations|UN|");
    }

    @Test
    void aDefinedAcronymLinksLaterBareMentions() {
        String text = "The Maritime Crime Analysis Centre (MCAC) of Fiji was founded. Later the MCAC grew.";
        assertThat(found(text)).containsExactly(
                "Maritime Crime Analysis Centre@4-34=Maritime Crime Analysis Centre|MCAC|FJ",
                "MCAC@36-40=Maritime Crime Analysis Centre|MCAC|FJ",
                "MCAC@73-77=Maritime Crime Analysis Centre|MCAC|FJ");
    }

    @Test
    void findsUnknownBodiesByTheShapeOfTheirNames() {
        assertThat(found("officers of the Kestrel Valley Border Police joined"))
                .containsExactly("Kestrel Valley Border Police@16-44=Kestrel Valley Border Police||");
    }

    @Test
    void keepsACountryAdjectiveOutsideButUsesIt() {
        assertThat(found("talks with the Chinese Ministry of Public Security"))
                .containsExactly("Ministry of Public Security@23-50=Ministry of Public Security|MPS|CN");
        assertThat(found("talks with the Vietnamese Ministry of Public Security"))
                .containsExactly("Ministry of Public Security@26-53=Ministry of Public Security||VN");
    }

    @Test
    void keepsAnOfStateTailOutside() {
        assertThat(found("In 2004, the Ministry of Justice of Japan held a seminar."))
                .containsExactly("Ministry of Justice@13-32=Ministry of Justice|MOJ|JP");
    }

    @Test
    void anOfficialNameThatStartsWithTheStateKeepsIt() {
        assertThat(found("the Japan Coast Guard patrols")).containsExactly("Japan Coast Guard@4-21=Japan Coast Guard|JCG|JP");
    }

    @Test
    void refusesMeetingsProgrammesLawsAndJobTitles() {
        assertThat(found("the G7 Interior Ministers' Meeting and the Seminar on Criminal Investigation"))
                .containsExactly("G7@4-6=Group of Seven|G7|");
        assertThat(found("the Director-General of the Traffic Safety Programme under the Police Act")).isEmpty();
    }

    @Test
    void aHeadingLineYieldsNoGuessedNames() {
        assertThat(found("Exchange with Overseas Law Enforcement and Security Organization\nThe rest is prose.")).isEmpty();
    }

    @Test
    void refusesGenericReferences() {
        assertThat(found("the police, law enforcement agencies, the ministry and the Japanese Police")).isEmpty();
        assertThat(found("This Regional Training Centre is used for courses.")).isEmpty();
    }

    @Test
    void findsTheBodyNamedByAMeeting() {
        assertThat(found("the 6th Meeting of the Japan-Chile Joint Working Group on Fisheries took place"))
                .containsExactly("Japan-Chile Joint Working Group on Fisheries@23-67=Japan-Chile Joint Working Group on Fisheries||");
    }

    @Test
    void aNameMayContainAKnownBodyButNotJustAStateAndOne() {
        assertThat(found("officers trained at the FBI National Academy and visited the US Federal Bureau of Investigation in May."))
                .containsExactly("FBI National Academy@24-44=FBI National Academy||US",
                        "Federal Bureau of Investigation@64-95=Federal Bureau of Investigation|FBI|US");
    }

    @Test
    void aUnitNamedWithItsParentIsTwoBodies() {
        assertThat(found("requests went to the Public Relations Office of the General Affairs Division, which replied."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Public Relations Office", "General Affairs Division");
    }

    @Test
    void aUnitOfAPossessiveParent() {
        assertThat(found("the duty was taken over by the Planning Division of the Commissioner-General's Secretariat as part of it."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Planning Division", "Commissioner-General's Secretariat");
    }

    @Test
    void aKnownBodysPossessiveOwnsTheUnit() {
        assertThat(found("officials of the NPA's International Affairs Department attended."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("NPA", "International Affairs Department");
    }

    @Test
    void aNameRunsOnThroughInButNotIntoAPlaceOrATime() {
        assertThat(found("the ministers set up the Council for Measures Against Trafficking in Persons in May."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Council for Measures Against Trafficking in Persons");
        assertThat(found("experts of the Regional Centre for Counter Terrorism in Malaysia came."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Regional Centre for Counter Terrorism");
    }

    @Test
    void anIndefiniteDescriptionIsNoName() {
        assertThat(found("The Secretary-General established a High-Level Panel to review it.")).isEmpty();
    }

    @Test
    void twoCoordinatedBodiesStayTwo() {
        assertThat(found("The IHO and Intergovernmental Oceanographic Commission work together."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("IHO", "Intergovernmental Oceanographic Commission");
        assertThat(found("It signed with Japan and the Kestrel Police Agency."))
                .containsExactly("Kestrel Police Agency@29-50=Kestrel Police Agency||JP");
    }

    @Test
    void anOrganNamedBareIsTheOrganOfTheBodyBeforeIt() {
        String text = "Officers serve INTERPOL as delegates to the Executive Committee and the General Secretariat.";
        assertThat(found(text)).containsExactly(
                "INTERPOL@15-23=International Criminal Police Organization|INTERPOL|",
                "Executive Committee@44-63=INTERPOL Executive Committee||",
                "General Secretariat@72-91=INTERPOL General Secretariat||");
        // a body that has no such organ, or one in another paragraph, leaves the name as it is
        assertThat(found("The NPA reported to the Executive Committee.")).contains("Executive Committee@24-43=Executive Committee||");
        assertThat(found("INTERPOL met.\n\nThe Executive Committee of the club met.")).contains("Executive Committee@19-38=Executive Committee||");
    }

    @Test
    void aNationalNameIsTheBodyOfTheStateItsContextNames() {
        assertThat(found("In Indonesia, the State Police has been reformed since it left the National Army."))
                .containsExactly("State Police@18-30=Indonesian National Police|POLRI|ID",
                        "National Army@67-80=Indonesian National Armed Forces|TNI|ID");
        assertThat(found("Trainees came from Indonesia. They support the reform of the country's National Police."))
                .containsExactly("National Police@71-86=Indonesian National Police|POLRI|ID");
        // a state with no listed body: its body under the name itself
        assertThat(found("In Thailand, the National Police opened a centre."))
                .containsExactly("National Police@17-32=National Police||TH");
        // no state in the context: the document's state, else the body the name means in this genre
        assertThat(found("Japan said so. In October, the Cabinet decided to extend the deployment."))
                .containsExactly("Cabinet@31-38=Cabinet||JP");
        assertThat(found("Japan met them. Other steps include a Ministry of Public Security attaché in Tokyo."))
                .containsExactly("Ministry of Public Security@38-65=Ministry of Public Security|MPS|CN");
    }

    @Test
    void aSharedAcronymStaysOnItsBodyButABareOneMeansTheCommonerBody() {
        assertThat(found("the Intergovernmental Oceanographic Commission and the IOC"))
                .containsExactly("Intergovernmental Oceanographic Commission@4-46=Intergovernmental Oceanographic Commission|IOC|",
                        "IOC@55-58=International Olympic Committee|IOC|");
    }

    @Test
    void anUnknownBodyTakesTheStateItsContextGives() {
        // where it is; a later mention of the same name is the same body
        assertThat(found("One is the Nis Symphonic Orchestra in the south of Serbia. After the Nis Symphonic Orchestra concert, we left."))
                .containsExactly("Nis Symphonic Orchestra@11-34=Nis Symphonic Orchestra||RS",
                        "Nis Symphonic Orchestra@69-92=Nis Symphonic Orchestra||RS");
        // who set it up
        assertThat(found("Japan helped the Kestrel Research Institute, established in Wuxi City, by the Chinese Ministry of Public Security."))
                .contains("Kestrel Research Institute@17-43=Kestrel Research Institute||CN");
        // an international body before it in the sentence; a region in its name
        assertThat(found("Japan is a member of the PBC and chairs the Working Group on Lessons Learned."))
                .contains("Working Group on Lessons Learned@44-76=Working Group on Lessons Learned||");
        assertThat(found("Japan hopes that the Balkan Chamber Orchestra grows."))
                .containsExactly("Balkan Chamber Orchestra@21-45=Balkan Chamber Orchestra||");
        // otherwise the state its sentence names, else the state the document is about
        assertThat(found("Japan decided to establish the Council for Promotion of Measures."))
                .containsExactly("Council for Promotion of Measures@31-64=Council for Promotion of Measures||JP");
        assertThat(found("Japan acts. In April, the Advisory Panel on Peacebuilding submitted its report."))
                .containsExactly("Advisory Panel on Peacebuilding@26-57=Advisory Panel on Peacebuilding||JP");
        // a body of two states belongs to neither
        assertThat(found("Japan chaired the Japan-India Joint Working Group on Counter-Terrorism."))
                .containsExactly("Japan-India Joint Working Group on Counter-Terrorism@18-70=Japan-India Joint Working Group on Counter-Terrorism||");
    }

    @Test
    void aNameInAHeadingCountsWhenTheProseHasItOrItNamesItsKnownParent() {
        String text = "(c) Kestrel Research Institute project in China\n\nJapan helped the Kestrel Research Institute in China.";
        assertThat(found(text)).containsExactly("Kestrel Research Institute@4-30=Kestrel Research Institute||CN",
                "Kestrel Research Institute@66-92=Kestrel Research Institute||CN");
        assertThat(found("**Alumni Association for National Police Academy**\n\nIt was founded."))
                .containsExactly("Alumni Association for National Police Academy@2-48=Alumni Association for National Police Academy||JP");
    }

    @Test
    void aLongNameIsKnownWithoutItsFunctionWordsAndTakesItsAcronymPastAnOfStateTail() {
        String text = "JICA with cooperation by Ministry Land Infrastructure and Transport of Japan (MILT) plans it. MILT agreed.";
        String mlit = "=Ministry of Land, Infrastructure, Transport and Tourism|MLIT|JP";
        assertThat(found(text)).containsExactly(
                "JICA@0-4=Japan International Cooperation Agency|JICA|JP",
                "Ministry Land Infrastructure and Transport@25-67" + mlit,
                "MILT@78-82" + mlit,
                "MILT@94-98" + mlit);
        // short names are not matched loosely
        assertThat(found("the Ministry Justice said")).isEmpty();
    }

    @Test
    void aBareHeadNamedByItsBodyIsOneNameAndTheBodyBeforeItItsOwner() {
        assertThat(found("Japan gave money to the UNODC Fund of the UN International Drug Control Programme, and more."))
                .containsExactly("UNODC@24-29=United Nations Office on Drugs and Crime|UNODC|",
                        "Fund of the UN International Drug Control Programme@30-81=Fund of the United Nations International Drug Control Programme||");
        assertThat(found("experts of the Hydrographic and Oceanographic Department of the Japan Coast Guard"))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Hydrographic and Oceanographic Department", "Japan Coast Guard");
    }

    @Test
    void unitsListedByTheirWordsAreBodiesOfTheirParentsState() {
        assertThat(found("Japan joined. The G7 Roma-Lyon Group has 2 sub-groups (High Tech Crime, Migration Experts)."))
                .containsExactly("G7 Roma-Lyon Group@18-36=G7 Roma-Lyon Group||",
                        "High Tech Crime@55-70=High Tech Crime Sub-Group||",
                        "Migration Experts@72-89=Migration Experts Sub-Group||");
    }

    @Test
    void aMissionIsNamedByTheStateThatSendsItAndTheStateItIsIn() {
        assertThat(found("an attaché at the Chinese Embassy in Tokyo"))
                .containsExactly("Embassy@26-33=Embassy of the People's Republic of China in Japan||CN");
        assertThat(found("the Consulate-General of Japan in Shanghai and the Embassy of the Philippines in Tokyo"))
                .containsExactly("Consulate-General of Japan@4-30=Consulate-General of Japan in China||JP",
                        "Embassy of the Philippines@51-77=Embassy of the Republic of the Philippines in Japan||PH");
        assertThat(found("a liaison officer at the Embassy of Japan in Thailand since 1990"))
                .containsExactly("Embassy of Japan in Thailand@25-53=Embassy of Japan in Thailand||JP");
        // no host named: the state the document is about
        assertThat(found("Thailand and Thai police met at Japan's Embassy."))
                .containsExactly("Embassy@40-47=Embassy of Japan in Thailand||JP");
        // no sending state: no name
        assertThat(found("the Embassy in Tokyo and the embassy of Japan")).isEmpty();
    }

    @Test
    void aNameWithABuildingsOrAThingsNameInItIsNoBody() {
        assertThat(found("the attacks on New York's World Trade Center and the International Trade Centre"))
                .containsExactly("International Trade Centre@53-79=International Trade Centre|ITC|");
        assertThat(found("equipment consisting of Data Center Unit and Software")).isEmpty();
        assertThat(found("the Kestrel Research Center opened")).containsExactly("Kestrel Research Center@4-27=Kestrel Research Center||");
    }

    @Test
    void anItemAmongMeetingsOrCoursesIsOneOfThemWithItsHeadLeftOut() {
        assertThat(found("Seminar on Police Administration for Republic of Kestrel (1996–2000), Police Administration for "
                + "Kingdom of Cambodia (1994–1998), Seminar on Female Officers for Republic of Valdora (1996–1998)")).isEmpty();
        assertThat(found("It met the Ministry of Justice, Kestrel Police Administration, Japan Coast Guard and others."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Ministry of Justice", "Kestrel Police Administration", "Japan Coast Guard");
    }

    @Test
    void wordsThatStartASentenceStartNoName() {
        assertThat(found("According to the United Nations Office on Drugs and Crime (UNODC), seizures rose."))
                .containsExactly("United Nations Office on Drugs and Crime@17-57=United Nations Office on Drugs and Crime|UNODC|",
                        "UNODC@59-64=United Nations Office on Drugs and Crime|UNODC|");
    }

    @Test
    void aKnownBodyAfterAndIsABodyOfItsOwn() {
        assertThat(found("It allows the Minister of Justice and the National Public Safety Commission of Japan to act."))
                .containsExactly("National Public Safety Commission@42-75=National Public Safety Commission|NPSC|JP");
    }

    @Test
    void aPossessiveStateStaysOutsideAndGivesItsState() {
        assertThat(found("The JAFIC and Brazil's Council for Financial Activities Control exchanged data."))
                .containsExactly("JAFIC@4-9=Japan Financial Intelligence Center|JAFIC|JP",
                        "Council for Financial Activities Control@23-63=Council for Financial Activities Control||BR");
    }

    @Test
    void procuraciesAndTeamsAreBodiesAndRegionsAreNot() {
        assertThat(found("Requests go to the Kestrel People's Procuracy of Viet Nam and the Mobile Cooperation Team of the JCG."))
                .containsExactly("Kestrel People's Procuracy@19-45=Kestrel People's Procuracy||VN",
                        "Mobile Cooperation Team@66-89=Mobile Cooperation Team||JP",
                        "JCG@97-100=Japan Coast Guard|JCG|JP");
        assertThat(found("the six countries of the Greater Mekong Subregion and the Asia-Pacific Region.")).isEmpty();
    }

    @Test
    void anAcronymInBracketsAfterABodyIsItsOwnEvenInAnotherLanguage() {
        String text = "The JAFIC and Brazil's Council for Financial Activities Control (COAF) met the Federal Police (Polícia Federal, PF)"
                + " and the ASEAN Narcotics Cooperation Center (ASEAN-NARCO). The COAF, PF and ASEAN-NARCO agreed.";
        String coaf = "=Council for Financial Activities Control|COAF|BR";
        String pf = "=Federal Police|PF|BR";
        String narco = "=ASEAN Narcotics Cooperation Center|ASEAN-NARCO|";
        assertThat(found(text)).containsExactly("JAFIC@4-9=Japan Financial Intelligence Center|JAFIC|JP",
                "Council for Financial Activities Control@23-63" + coaf, "COAF@65-69" + coaf,
                "Federal Police@79-93" + pf, "Polícia Federal@95-110" + pf, "PF@112-114" + pf,
                "ASEAN Narcotics Cooperation Center@124-158" + narco, "ASEAN-NARCO@160-171" + narco,
                "COAF@178-182" + coaf, "PF@184-186" + pf, "ASEAN-NARCO@191-202" + narco);
        // the acronym of something longer, and a body of its own in brackets, are not the body's
        assertThat(found("the Treaty between Japan and the Armed Forces of the Philippines (RAA) and the Terrorism Prevention Branch (UNODC)"))
                .containsExactly("Armed Forces of the Philippines@33-64=Armed Forces of the Philippines||PH",
                        "Terrorism Prevention Branch@79-106=Terrorism Prevention Branch|TPB|",
                        "UNODC@108-113=United Nations Office on Drugs and Crime|UNODC|");
    }

    @Test
    void aKnownBodyBeforeTheNameItsAcronymSpellsIsItsOwner() {
        assertThat(found("Japan dispatched the JCG Mobile Cooperation Team (MCT) twice. MCT instructors taught."))
                .containsExactly("JCG@21-24=Japan Coast Guard|JCG|JP",
                        "Mobile Cooperation Team@25-48=Mobile Cooperation Team|MCT|JP",
                        "MCT@50-53=Mobile Cooperation Team|MCT|JP",
                        "MCT@62-65=Mobile Cooperation Team|MCT|JP");
        // an international forum's group carries the forum in its name
        assertThat(found("Ministers tasked the Bali Process Ad Hoc Group (AHG) with it."))
                .containsExactly("Bali Process Ad Hoc Group@21-46=Bali Process Ad Hoc Group|AHG|",
                        "AHG@48-51=Bali Process Ad Hoc Group|AHG|");
    }

    @Test
    void aCityAfterTheNameOrAnAppositionGivesItsState() {
        assertThat(found("Japan trained the Directorate of Criminal Investigations (DCI) in Nairobi. The Financial Reporting Centre (FRC),"
                + " Kenya's financial intelligence unit, joined."))
                .containsExactly("Directorate of Criminal Investigations@18-56=Directorate of Criminal Investigations|DCI|KE",
                        "DCI@58-61=Directorate of Criminal Investigations|DCI|KE",
                        "Financial Reporting Centre@79-105=Financial Reporting Centre|FRC|KE",
                        "FRC@107-110=Financial Reporting Centre|FRC|KE");
        // an apposition that names something else says nothing of the state
        assertThat(found("Japan met the Kestrel Research Centre, Kenya and others.")).containsExactly(
                "Kestrel Research Centre@14-37=Kestrel Research Centre||JP");
    }

    @Test
    void aKnownBodysSeatIsNoBody() {
        assertThat(found("The memorandum was signed at AFP Headquarters by the two chiefs."))
                .containsExactly("AFP@29-32=Australian Federal Police|AFP|AU");
    }

    @Test
    void aWordOfATitleOrDocumentInTheFieldAfterAHeadIsPartOfTheName() {
        assertThat(found("Japan: run by the National Graduate Institute for Policy Studies and the Office of the Director of Public"
                + " Prosecutions of Kenya."))
                .containsExactly("National Graduate Institute for Policy Studies@18-64=National Graduate Institute for Policy Studies||JP",
                        "Office of the Director of Public Prosecutions@73-118=Office of the Director of Public Prosecutions||KE");
        // a name that ends on such a word is the meeting's or document's
        assertThat(found("They attended the Kestrel Institute for Crime Seminar.")).isEmpty();
    }

    @Test
    void aNameRunsOnThroughACompoundWithALowerCaseEnd() {
        assertThat(found("contacts in the Criminal Police Department on Drug-related Crimes of the MPS, not the UN-led force."))
                .extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("Criminal Police Department on Drug-related Crimes@16-65", "MPS@73-76", "UN@86-88");
    }

    @Test
    void aNameFoundOnceIsTheBodysWhereverItStands() {
        String kcgs = "=Kestrel Coast Guard Service|KCGS|JP";
        assertThat(found("The Kestrel Coast Guard Service (KCGS) was established under the Kestrel Coast Guard Service Act in Japan."))
                .containsExactly("Kestrel Coast Guard Service@4-31" + kcgs, "KCGS@33-37" + kcgs, "Kestrel Coast Guard Service@65-92" + kcgs);
    }

    @Test
    void aBodyListedWithBodiesOfOneStateIsOfThatState() {
        String text = "Japan helped. Courses in Mombasa trained officers of the KCGS, the National Police Service (NPS) and the Kenya"
                + " Revenue Authority. The Kenya Coast Guard Service (KCGS) led.";
        String nps = "=National Police Service|NPS|KE";
        assertThat(found(text)).contains("National Police Service@67-90" + nps, "NPS@92-95" + nps,
                "Kenya Revenue Authority@105-128=Kenya Revenue Authority||KE");
    }

    @Test
    void aStateBeforeAKnownNameStaysOutsideUnlessTheOfficialNameStartsWithItAndAPossessiveOwnerGivesItsState() {
        assertThat(found("Liaison with the U.S. Department of State's Diplomatic Security Service (DSS) and the U.S. Coast Guard grew."))
                .containsExactly("Department of State@22-41=Department of State||US",
                        "Diplomatic Security Service@44-71=Diplomatic Security Service|DSS|US",
                        "DSS@73-76=Diplomatic Security Service|DSS|US",
                        "U.S. Coast Guard@86-102=United States Coast Guard|USCG|US");
    }

    @Test
    void aKnownNameGoesOnThroughAndWithoutAHeadAndAFramingStateGivesTheState() {
        assertThat(found("For Japan, the Minister of Justice, and for Mongolia, the Ministry of Justice and Home Affairs."))
                .containsExactly("Ministry of Justice and Home Affairs@58-94=Ministry of Justice and Home Affairs||MN");
    }

    @Test
    void titleCaseConnectorsAndPoliceHeads() {
        assertThat(found("Japan met the Independent Authority Against Corruption and the Royal Papua New Guinea Constabulary."))
                .containsExactly("Independent Authority Against Corruption@14-54=Independent Authority Against Corruption||JP",
                        "Royal Papua New Guinea Constabulary@63-98=Royal Papua New Guinea Constabulary||PG");
    }

    @Test
    void twoBodiesJoinedByAndOrForStayTwo() {
        assertThat(found("The Sri Lanka Coast Guard (SLCG) was founded. Japan trained with the SLCG and the Sri Lanka Navy. The NPA"
                + " is Japan's National Central Bureau for the International Criminal Police Organization."))
                .extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("Sri Lanka Coast Guard@4-25", "SLCG@27-31", "SLCG@69-73", "Sri Lanka Navy@82-96", "NPA@102-105",
                        "National Central Bureau@117-140", "International Criminal Police Organization@149-191");
    }

    @Test
    void aWordOfAnActivityBeforeTheHeadSaysWhatTheBodyServesButAnActivityAtTheEndIsNoBody() {
        assertThat(found("Japan works with the Joint Cybercrime Action Taskforce and the Implementation Review Group, and set up the"
                + " Inter-Ministerial Council for AML/CFT/CPF Policy. It funds the Cooperation Fund for Regional Trade and Financial"
                + " Security Initiative."))
                .extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("Joint Cybercrime Action Taskforce@21-54", "Implementation Review Group@63-90",
                        "Inter-Ministerial Council for AML/CFT/CPF Policy@107-155");
    }

    @Test
    void aUnitOfAKnownParentAndAPrivateBodyTakeTheirStateFromThem() {
        assertThat(found("Japan funds the Cybercrime Programme Office of the Council of Europe (C-PROC). The Border Guard Service of"
                + " the Federal Security Service joined. The National Center for Missing & Exploited Children (NCMEC), a non-profit"
                + " organization, reports."))
                .contains("Cybercrime Programme Office@16-43=Cybercrime Programme Office|C-PROC|",
                        "C-PROC@70-76=Cybercrime Programme Office|C-PROC|",
                        "Border Guard Service@83-103=Border Guard Service||RU",
                        "National Center for Missing & Exploited Children@148-196=National Center for Missing & Exploited Children|NCMEC|");
    }

    @Test
    void aShortGenericNameFoundOnceIsNotFoundEverywhere() {
        assertThat(found("The Valdoran Coast Guard joined the Heads of Asian Coast Guard Agencies Meeting."))
                .containsExactly("Valdoran Coast Guard@4-24=Valdoran Coast Guard||");
        assertThat(found("The Chilean Coast Guard joined the Heads of Asian Coast Guard Agencies Meeting."))
                .containsExactly("Coast Guard@12-23=Coast Guard||CL");
    }

    @Test
    void aShortNameThatAnEarlierBodysNameContainsRefersBack() {
        assertThat(found("Japan is reviewed by the OECD Working Group on Bribery. The Working Group will assess it."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("OECD Working Group on Bribery");
        // an organ of another name is a name of its own
        assertThat(found("Officers of the Kestrel Police Agency joined the Working Group on Drugs.")).extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Kestrel Police Agency", "Working Group on Drugs");
    }
}
