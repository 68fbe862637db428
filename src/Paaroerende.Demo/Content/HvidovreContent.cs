using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.GeneralInformation;
using static Paaroerende.Demo.Content.ContentParts;

namespace Paaroerende.Demo.Content;

/// <summary>
/// Hvidovre Kommunes pårørendepolitik (2015). "Find rundt" is the contact directory, word for word; only the PDF's
/// line-break hyphenation is repaired. The PDF names the three groups but its text does not say which situation sits
/// under which group, so the grouping below is ours. The PDF prints the note on socialpædagogisk støtte after the
/// phone and mail, so it is the situation's description rather than part of the contact's note.
/// </summary>
internal static class HvidovreContent
{
    private const string Visitationen = "visitationen@hvidovre.dk";
    private const string Voksenraadgivningen = "voksenrådgivningen@hvidovre.dk";
    private const string Sundhedscentret = "sundhedscentret@hvidovre.dk";

    public static MunicipalityContent Create() => new(
        "hvidovre", "Hvidovre Kommune", "https://www.hvidovre.dk",
        InformationPages(), Directory(), [], UsefulLinks(), Councils());

    private static DirectoryCategory[] Directory() => Categories(
        Category("Akutte behov",
            Situation("Borgeren har svært ved at klare sig selv og har brug for hjælp og støtte derhjemme",
                "(Socialpædagogisk støtte kan gives til borgere med betydelig nedsat fysik eller psykisk funktionsevne eller "
                    + "særlige sociale problemer).",
                new DirectoryContact
                {
                    Name = "Visitator",
                    Phone = "36 39 28 80",
                    Email = Visitationen,
                    Note = "Kontakt visitator og hør om mulighederne for hjemmehjælp, hjælpemidler og boligændringer.",
                },
                new DirectoryContact
                {
                    Name = "Sagsbehandler",
                    Phone = "36 39 34 30",
                    Email = Voksenraadgivningen,
                    Note = "Kontakt sagsbehandler og hør om mulighederne for socialpædagogisk støtte, borgerstyret personlig "
                        + "assistance, transport og ledsagelse.",
                }),
            Situation("Borgeren kan ikke længere klare sig selv og har brug for at flytte til en bolig med personale", null,
                new DirectoryContact
                {
                    Name = "Boligteamet",
                    Phone = "36 39 28 80",
                    Email = Visitationen,
                    Note = "Kontakt Boligteamet og hør om mulighederne for en ældre og handicapegnet bolig, en permanent "
                        + "plejebolig eller for midlertidig aflastningsplads.",
                },
                new DirectoryContact
                {
                    Name = "Sagsbehandler",
                    Phone = "36 39 34 30",
                    Email = Voksenraadgivningen,
                    Note = "Kontakt sagsbehandler og hør om mulighederne for en bolig i et bofællesskab for borgere med "
                        + "fysisk eller psykisk handicap",
                })),
        Category("Ændret sygdomsbillede",
            Situation("Borgeren har behov for vedligeholdende træning eller genoptræning", null,
                new DirectoryContact
                {
                    Name = "Genoptræningen",
                    Phone = "36 78 20 00",
                    Email = "genoptraeningen@hvidovre.dk",
                    Note = "Kontakt Genoptræningen.",
                }),
            Situation("Borgeren er syg og har behov for kontakt til en koordinator", null,
                new DirectoryContact { Name = "Kræftkoordinator", Phone = "36 39 38 29", Email = "jqs@hvidovre.dk" },
                new DirectoryContact { Name = "Hjerneskadekoordinator", Phone = "36 39 37 37", Email = Sundhedscentret },
                new DirectoryContact { Name = "Demenskoordinator", Phone = "36 39 37 37", Email = Sundhedscentret }),
            Situation("Borgeren har brug for rådgivning om sundhed", null,
                new DirectoryContact { Name = "Sundhedscentret", Phone = "36 39 37 37", Email = Sundhedscentret })),
        Category("Ekstra behov i hverdagen",
            Situation("Borgeren bor i eget hjem, men har behov for et daghjemstilbud på et plejecenter", null,
                new DirectoryContact { Name = "Boligteamet", Phone = "36 39 28 80", Email = Visitationen }),
            Situation(
                "Borgeren har behov for en tidlig forebyggende indsats i forhold til social udsathed, psykisk sårbarhed, "
                    + "fysisk eller psykisk handicap", null,
                new DirectoryContact { Name = "Broen", Phone = "40 55 26 50", Email = "broen@hvidovre.dk" }),
            Situation(
                "Borgeren har brug for hjælp til at finde rundt i systemet eller vejledning i forbindelse med sin sag", null,
                new DirectoryContact { Name = "Borgerrådgiver", Phone = "61 91 68 00", Email = "borgerrådgiver@hvidovre.dk" })));

    private static UsefulLink[] UsefulLinks() => Links(
        new UsefulLink
        {
            Title = "hvidovre.dk/politikker",
            Url = "http://hvidovre.dk/politikker",
            Description = "Pårørendepolitikken kan desuden læses på hvidovre.dk/politikker.",
        });

    private static RelativesCouncil[] Councils() =>
    [
        new RelativesCouncil
        {
            Name = "Bruger- og pårørenderåd",
            Description = "Pårørende kan blive inddraget via bruger- og pårørenderåd, fx på plejehjem og botilbud. Det "
                + "videre arbejde med Pårørendepolitikken er en fælles opgave for personalet og de forskellige bruger- og "
                + "pårørenderåd.",
        },
    ];

    private static InformationPage[] InformationPages() => Pages(
        Page("forord", "Forord", "Borgmesterens forord til pårørendepolitikken.", """
            I Hvidovre Kommune ser vi pårørende som vigtige samarbejdspartnere, når borgeren ønsker det.

            Derfor har vi lavet denne pårørendepolitik, hvor borgere, pårørende og personale har været inddraget i
            arbejdet med at udstikke rammerne for et godt samarbejde omkring de voksne borgere, der har brug for
            kommunens hjælp fx i misbrugstilbud, bofællesskab eller på plejehjem.

            Det er en vigtig forudsætning for, at en pårørende kan være med, at den enkelte borger selv har sagt god for
            det. Enhver voksen og myndig person har selv lov til at vælge/definere sine pårørende.

            Når borgeren vælger at lade de pårørende være en del af dagligdagen og livet med støtte fra kommunen, er det
            vigtigt, at de pårørende føler sig velkomne og inviteret ind af kommunen. Det vil vi som kommune gerne
            arbejde for.

            Derfor har vi fået en pårørendepolitik, der sætter scenen for, hvordan borger, pårørende og personale kan
            opnå og vedligeholde et godt samarbejde. Som kommune vil vi gerne gå forrest og være dem, der rækker hånden
            frem og byder ind til samarbejde i de situationer, hvor borgeren har sagt ja tak til det.

            Det gør vi med udgangspunkt i værdierne anerkendelse, tillid og åbenhed.

            I sidste ende skal det gode samarbejde mellem borger, pårørende og kommunens personale være til borgerens
            bedste og være med til at styrke vores borgeres livskvalitet.

            På vegne af Kommunalbestyrelsen\
            Helle Adelborg, Borgmester
            """),
        Page("indledning", "Indledning", "Hvem politikken handler om, og hvad den skal.", """
            Voksne borgere, som støttes af et af kommunens tilbud, er hovedpersonerne i denne pårørendepolitik.

            Det handler om at skabe de bedst mulige vilkår for borgeren. Borgerens livskvalitet er det fælles
            omdrejningspunkt for både pårørende og personale.

            Pårørendepolitikken er den fælles ramme for samarbejdet mellem borgere, pårørende og kommunens personale.
            Formålet med den er at understøtte en åben dialog og et velfungerende samarbejde mellem de tre parter.
            Politikken skal være med til at understøtte og styrke samspillet alle de steder, hvor samarbejde og
            inddragelse af pårørende er til glæde for borgeren.

            Personalet skal sikre, at der bliver taget hensyn til tavshedspligt, selvbestemmelser og eventuelt værgemål
            i det løbende samarbejde.

            Pårørendepolitikken er blevet til i et samarbejde mellem borgere, pårørende, personale og
            Kommunalbestyrelsen. Den er vedtaget af Kommunalbestyrelsen d. 24. juni 2015.

            Pårørendepolitikken er en selvstændig politik, men den skal ses i sammenhæng med nuværende og kommende
            politikker, fx Ældrepolitikken og Handicappolitikken samt kvalitetsstandarderne på de forskellige voksen-,
            ældre- og handicapområder.
            """),
        Page("vaerdier", "Værdier og det gode samarbejde",
            "Anerkendelse, tillid og åbenhed – og hvordan pårørende kan være med.", """
            Tre værdier er centrale for det gode samarbejde mellem borgere, pårørende og personale i Hvidovre Kommune. De
            tre værdier er blevet til i forarbejdet til denne pårørendepolitik, hvor borgere, pårørende og personale har
            bidraget. Værdierne udgør Hvidovre Kommunes tilgang til dialogen og samarbejdet med borgeren og dennes
            pårørende.

            Værdierne anerkendelse, tillid og åbenhed skal være med til at sikre et positivt og konstruktivt samarbejde
            mellem borger, pårørende og personale til glæde for borgeren.

            Der kan opstå sårbare og svære situationer, som ikke opleves ens af alle. I de tilfælde er det vigtigt at have
            de fælles værdier til at understøtte et godt samarbejde og god tone i kommunikationen.

            ## Anerkendelse

            Det er vigtigt, at samarbejdet mellem borger, pårørende og personale bygger på en anerkendelse af hinandens
            betydning.

            ## Tillid

            Det er et fælles ansvar for pårørende og personale at få etableret og vedligeholdt en gensidig tillid. Det
            skal være helt legitimt at få bekræftet sin tillid ved fx at spørge og få svar på, hvorfor personalet løser
            deres opgave på en bestemt måde.

            ## Åbenhed

            Det skal være synligt og tydeligt, hvilken hjælp og støtte borgeren kan forvente at modtage fra kommunen. Det
            skal være i orden at spørge, og vi skal lytte til hinanden. Det er derfor vigtigt, at alle parter er åbne i
            mødet med hinanden.

            ## Her kan pårørende være med

            Som pårørende har man mulighed for at blive inddraget på forskellige måder:

            - I hverdagen kan pårørende blive inddraget i de konkrete opgaver, hvis borgeren giver sit samtykke.
            - Hvis borgeren ønsker det, kan pårørende være behjælpelige i kontakten med kommunen, fx i forbindelse med
              udredning, tilrettelæggelse af hjælp, eller når borgeren ellers oplever et behov.
            - Pårørende kan desuden altid få generel information om fx tilbud og procedurer
            - Pårørende kan blive inddraget via bruger- og pårørenderåd, fx på plejehjem og botilbud.
            - Pårørende kan få indflydelse på den overordnede planlægning og udvikling i kommunen ved at stille op til fx
              handicapråd eller ældreråd og/eller indgå i midlertidige arbejds- og følgegrupper.

            ## Husk – også når samarbejdet er svært…

            - at lytte til hinanden og bruge hinandens viden
            - at respektere hinandens roller
            - at spørge, hvis du er i tvivl
            - at skabe tillid til dem, du samarbejder med
            - at alle vil borgeren det bedste
            """),
        Page("roller", "Borgeren, de pårørende og personalet",
            "Borgeren er i centrum, vælger selv sine pårørende og sætter rammerne for samarbejdet.", """
            ## Borgeren i centrum

            > ”Min pårørende har gerne ville styre det. Der har jeg sagt fra og i stedet sagt: Du skal være der, når jeg
            > har brug for dig – og så siger jeg til”\
            > – en borger om egen rolle

            Det er borgeren, der er omdrejningspunkt for pårørendepolitikken. Det kan fx være borgere med en psykisk
            lidelse, et fysisk handicap eller udviklingshæmning. Det kan være borgere med et misbrug eller en kronisk
            lidelse, demens eller hjerneskade. Det kan også være borgere, som på anden vis har behov for støtte eller
            hjælp fra kommunen, fx svækkede, ældre borgere.

            Borgerens selvbestemmelse og ønsker er udgangspunkt for kommunens hjælp.

            ## Pårørende

            Det er op til borgeren selv at definere sine pårørende. Det kan fx være borgerens forældre, søskende,
            ægtefælle/samlever eller børn. Men det kan også være andre slægtninge, fx en onkel, en nær ven, en nabo eller
            et andet menneske, som borgeren selv betragter som sin pårørende.

            Den pårørende er en del af borgerens livshistorie. Relationen bygger på følelser, og den pårørende kan derfor
            være særlig god til at skabe tryghed og støtte op om borgeren. Den pårørende skal i de tilfælde, hvor borgeren
            ønsker det, have mulighed for at være med omkring borgeren, når den pårørende kan og vil det.

            > ”Det er vigtigt, at man har nogen at snakke med. Nogen der kender en rigtig godt, anerkender en, er stolt af
            > en og siger: Du kan jo godt”\
            > – en borger om pårørendes rolle

            ## Personale

            Personalet er de fagligt professionelle i kommunen. Personalets opgave er at arbejde for – og sammen med –
            borgerne. Det er personalet, der har det praktiske samarbejde med borgeren i hverdagen, når de yder hjælp og
            støtte. Desuden er personalet de professionelle i kommunen, der har kontakt med borgeren i forbindelse med
            behandling af ansøgninger om hjælp, ændringer i hjælpen og opfølgning på handleplaner mm.

            Det er borgeren, der sætter rammerne for samarbejdet med den pårørende. Personalet skal være med til at sikre,
            at tilliden og den gode tone i samarbejdet bevares – også når det kan være svært.

            Borgere, pårørende og personale har forskellige opgaver og roller i det fælles samarbejde. Det er vigtigt at
            vide, anerkende og respektere for at kunne sikre et godt samarbejde til glæde for borgeren.

            > ”Jeg synes, at det er rart at have nogen med en professionel tilgang. De kan lytte og give dig nogle
            > værktøjer til, hvordan du skal håndtere forskellige situationer eller tanker”\
            > – en borger om personalets rolle
            """),
        Page("find-rundt", "Information og dialog", "Personalet hjælper dig videre til rette afdeling eller person.", """
            Når man som borger eller pårørende skal i kontakt med kommunen, kan det være nyttigt at vide, at kommunen er
            en organisation, der løser mange forskelligartede opgaver.

            Kommunens personale er fordelt på forskellige fagområder i forskellige afdelinger. Personalet på det enkelte
            sted vil ikke kunne løse alle problematikker, som en borger eller pårørende har behov for kommunens støtte
            til. Men det er personalets ansvar at hjælpe borgere eller pårørende, der henvender sig, videre til rette
            afdeling eller person.

            Se [hvem du kan kontakte i hvilke situationer](/Kontakt/hvidovre).
            """),
        Page("en-faelles-opgave", "En fælles opgave", "Sådan arbejder kommunen videre med pårørendepolitikken.", """
            Det videre arbejde med Pårørendepolitikken er en fælles opgave for personalet og de forskellige bruger- og
            pårørenderåd. Den skal formidles ud i de kommunale afdelinger, og hvert område skal sikre en meningsfuld
            udmøntning af politikken i de enkelte tilbud og afdelinger. På samme måde skal de relevante bruger- og
            pårørenderåd introduceres til den.

            Borgere, pårørende og alle andre interesserede kan få Pårørendepolitikken ved henvendelse til Borgerservice
            eller bibliotekerne. Pårørendepolitikken kan desuden læses på
            [hvidovre.dk/politikker](http://hvidovre.dk/politikker).
            """));
}
