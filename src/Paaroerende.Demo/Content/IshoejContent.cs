using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.GeneralInformation;
using static Paaroerende.Demo.Content.ContentParts;

namespace Paaroerende.Demo.Content;

/// <summary>
/// Ishøj Kommunes "Retningslinjer for samarbejde med pårørende" (Center for Voksne og Velfærd). The offers, the list of
/// opening hours and contacts and the useful links are word for word; addresses are the links the PDF carries.
/// </summary>
internal static class IshoejContent
{
    private const string Pitstop = "pitstop@ishoj.dk";
    private const string DementiaPhones = "23 28 59 94 eller 21 39 95 50";

    public static MunicipalityContent Create() => new(
        "ishoej", "Ishøj Kommune", "https://www.ishoj.dk",
        InformationPages(), Directory(), OffersForRelatives(), UsefulLinks(), []);

    private static DirectoryCategory[] Directory() => Categories(
        Category("Åbningstider og kontakter for tilbud inden for social- og ældreområdet",
            Situation("Omsorgscenter Kærbo og plejecenter Torsbo", null,
                new DirectoryContact
                {
                    Name = "Administrationen",
                    Phone = "43 57 96 13",
                    OpeningHours = "hverdage fra 8.30-15.30",
                    Email = "kaerbo-torsbo@ishoj.dk",
                    WebAddress = "http://www.kaerbo.dk/",
                }),
            Situation("Hjemmeplejen og hjemmesygeplejen", null,
                new DirectoryContact
                {
                    Name = "Hjemmeplejen og hjemmesygeplejen", Phone = "43 57 77 06", Email = "hjemmeplejen@ishoj.dk",
                }),
            Situation("Visitationen", null,
                new DirectoryContact
                {
                    Name = "Visitationen",
                    Phone = "43 57 69 91",
                    OpeningHours = "hverdage fra 8.30-10 & 14-15",
                    Email = "cvv@ishoj.dk",
                }),
            Situation("Forebyggelseskonsulenter", null,
                new DirectoryContact { Name = "Forebyggelseskonsulenterne", Phone = "23 74 06 93" }),
            Situation("Demenskonsulenter", null,
                new DirectoryContact { Name = "Demenskonsulenterne", Phone = DementiaPhones }),
            Situation("Rådgivnings- og Vejledningscenter", "støtte og rådgivning til udsatte borgere i eget hjem",
                new DirectoryContact { Name = "Rådgivnings- og Vejledningscenter", Email = "RVC@ishoj.dk" }),
            Situation("Pitstop", "stof- og rusmiddelbehandling",
                new DirectoryContact
                {
                    Name = "Pitstop", Phone = "20 69 28 33", Email = "Pitstop@ishoj.dk", WebAddress = "http://www.pitstop.ishoj.dk/",
                }),
            Situation("Spindehuset", "selvstændige boliger med § 85-støtte",
                new DirectoryContact { Name = "Spindehuset", Phone = "40 15 61 91", Email = "spindehuset@ishoj.dk" })));

    private static Offer[] OffersForRelatives() => Offers(
        Statutory("Aflastning eller afløsning", "Servicelovens § 84",
            "Passer du en nærtstående med nedsat funktionsevne, kan kommunen tilbyde afløsning i hjemmet eller et "
            + "midlertidigt ophold et andet sted, så du kan få en pause.", OfferKind.Respite),
        Statutory("Ledsagelse", "Servicelovens § 97",
            "Borgere under folkepensionsalderen, som ikke kan færdes alene på grund af en betydelig og varigt nedsat "
            + "funktionsevne, kan få op til 15 timers ledsagelse om måneden, fx til indkøb, besøg eller fritid."),
        Statutory("Hjælp til personlig pleje og eller praktisk hjælp", "Servicelovens § 83",
            "Hjælp til personlig pleje, praktiske opgaver i hjemmet og madservice til borgere, der ikke selv kan klare "
            + "dem. Hjælpen kan også lette dig som pårørende."),
        Statutory("Modtagelse af plejevederlag ved pasning af døende", "Servicelovens § 119",
            "Passer du en nærtstående, der ønsker at dø i eget hjem, kan du få plejevederlag fra kommunen, mens du "
            + "passer den døende."),
        Statutory("Mulighed for selv at blive ansat som hjælper", "Servicelovens § 95, 96",
            "Har en borger brug for meget hjælp, kan kommunen give et tilskud, så borgeren selv ansætter sine "
            + "hjælpere. I nogle tilfælde kan en pårørende blive ansat som hjælper."),
        new Offer
        {
            Title = "Individuelle samtaler for pårørende til borgere med en misbrugsproblematik",
            Kind = OfferKind.Counselling,
            Description = "Det kan være svært at være pårørende til et menneske med et overforbrug af rusmidler. Derfor vil "
                + "man som pårørende kunne opleve et behov for støtte og afklaring. Som pårørende til et menneske med et "
                + "rusmiddelbrug tilbydes op til 5 anonyme individuelle samtaler. Hvis behovet for samtaler overstiger "
                + "dette, kan der tilbydes et pårørendeforløb.",
            HowToApply = "Kontakt Pitstop på tlf. 20 69 28 33, eller pr. mail: pitstop@ishoj.dk",
            ContactName = "Pitstop",
            Phone = "20 69 28 33",
            Email = Pitstop,
        },
        new Offer
        {
            Title = "Samtalecafé for pårørende til borgere med misbrugsproblematik",
            Kind = OfferKind.SupportGroup,
            Description = "Samtalecaféen er et åbent tilbud til alle, der har rusmiddelbrug inde på livet. Det kan være "
                + "aktive eller tidligere rusmiddelbrugere, pårørende eller andre, der er berørt af overforbrug af rusmidler.",
            HowToApply = "Kontakt Pitstop på tlf. 20 69 28 33, eller pr. mail: pitstop@ishoj.dk",
            ContactName = "Pitstop",
            Phone = "20 69 28 33",
            Email = Pitstop,
        },
        new Offer
        {
            Title = "Borgerrådgiveren",
            Kind = OfferKind.Counselling,
            Description = "Borgerrådgiverens hovedopgave er dialog og rådgivning om konkrete sager.",
            ContactName = "Borgerrådgiveren",
            HowToApply = "Kontakt borgerrådgiveren på tlf. 61 91 68 00 eller pr. mail: borgerraadgiver@ishoj.dk",
            Phone = "61 91 68 00",
            Email = "borgerraadgiver@ishoj.dk",
        },
        new Offer
        {
            Title = "Demenscafé",
            Kind = OfferKind.DementiaCafe,
            Description = "Er du pårørende til en person med demens, kan du have glæde af at dele erfaringer med andre "
                + "pårørende, få viden om demens og hvordan du praktisk og følelsesmæssigt klarer udfordringerne i "
                + "hverdagen. Pårørendegruppen ledes af demenskonsulenter.",
            ContactName = "Demenskoordinatorerne",
            HowToApply = "Kontakt demenskoordinatorerne på tlf. " + DementiaPhones,
            Phone = DementiaPhones,
        },
        new Offer
        {
            Title = "Sorg- og Livsmodsgruppe",
            Kind = OfferKind.SupportGroup,
            Description = "Sorg- og Livsmodsgruppe er for pårørende der har mistet, og har brug for at bære sorgen i "
                + "fællesskab med andre. Gruppeforløbet består af otte mødegange i Vejleå Kirkens lokaler og gruppeledere "
                + "er kommunale medarbejdere og præster.",
            ContactName = "Koordinator af grupperne",
            HowToApply = "Kontakt koordinator af grupperne på tlf. 21 70 75 96 eller agy@km.dk",
            Phone = "21 70 75 96",
            Email = "agy@km.dk",
        },
        new Offer
        {
            Title = "Navigator",
            Kind = OfferKind.Other,
            Description = "Frivillige støtter sårbare borgere i deres kontakt med systemet. Det kan fx være for at skabe "
                + "overblik over aftaler, ledsage til lægen mm. Navigator er forankret under Røde Kors.",
            ContactName = "Navigator",
            HowToApply = "Kontakt Navigator på tlf. 23 99 20 13.",
            Phone = "23 99 20 13",
        },
        new Offer
        {
            Title = "Røde Kors Ishøj",
            Kind = OfferKind.Activity,
            Description = "Røde Kors har flere aktiviteter og tilbud i Ishøj.",
            HowToApply = "Se mere her: http://ishoej.drk.dk/",
            WebAddress = "http://ishoej.drk.dk/",
        },
        new Offer
        {
            Title = "Forældrerådet",
            Kind = OfferKind.SupportGroup,
            Description = "Netværk for forældre til børn med handicap",

            // The policy names a private volunteer with a personal mail address. That is personal data, not a
            // municipal contact, so the demo leaves it out; the municipality's own contacts are shipped verbatim.
        },
        new Offer
        {
            Title = "Facebookgruppe",
            Kind = OfferKind.SupportGroup,
            Description = "”Forældre med handicappede børn i Ishøj og Vallensbæk kommuner”.",
        });

    /// <summary>
    /// The policy lists the help under serviceloven by title and paragraph only. The description is the demo's own plain
    /// summary of the paragraph; how to apply is the policy's own line for Visitationen, which decides on this help.
    /// </summary>
    private static Offer Statutory(string title, string legalReference, string description, OfferKind kind = OfferKind.StatutoryHelp) => new()
    {
        Title = title,
        Kind = kind,
        LegalReference = legalReference,
        Description = description,
        HowToApply = "Kontakt visitationen på tlf. 43 57 69 91 (hverdage fra 8.30-10 & 14-15), mail: cvv@ishoj.dk",
        ContactName = "Visitationen",
        Phone = "43 57 69 91",
        Email = "cvv@ishoj.dk",
    };

    private static UsefulLink[] UsefulLinks() => Links(
        Link("www.aeldresagen.dk/paaroerende", "http://www.aeldresagen.dk/paaroerende"),
        Link("www.alzheimer.dk/paaroerende", "http://www.alzheimer.dk/paaroerende"),
        Link("www.handicap.dk/paaroerende", "http://www.handicap.dk/paaroerende"),
        Link("www.sind.dk/paaroerende", "http://www.sind.dk/paaroerende"),
        Link("www.psykiatrifonden.dk/paaroerende", "http://www.psykiatrifonden.dk/paaroerende"),
        Link("www.danskhandicap.dk/medlemsorganisationer", "http://www.danskhandicap.dk/medlemsorganisationer"),
        Link("www.misbrugsportalen.dk", "http://www.misbrugsportalen.dk/"));

    private static UsefulLink Link(string title, string url) =>
        new() { Title = title, Url = url };

    private static InformationPage[] InformationPages() => Pages(
        Page("om-retningslinjerne", "Om retningslinjerne",
            "Hvorfor Ishøj Kommune har retningslinjer for samarbejde med pårørende, og hvem de gælder for.", """
            ## Hvorfor retningslinjer for samarbejde med pårørende?

            Når man er pårørende til en borger, der har brug for hjælp og støtte fra kommunen, kan det være vigtigt at
            vide, hvordan kommunen samarbejder med de pårørende, hvad kommunen kan understøtte de pårørende med, og hvilke
            informationer om borgeren kommunen må dele med de pårørende.

            Pårørende er dog ikke kun en samarbejdspartner i forhold til den enkelte borger. Pårørende er også en gruppe,
            som der skal tages hånd om. Som pårørende kan der også være mange spørgsmål, der trænger sig på. Det kan være
            svært at få svar på de mange spørgsmål, og man kan få følelsen af, at man står alene. Pårørende risikerer at
            blive nedslidte, fordi de ofte påtager sig mange forskellige roller og opgaver.

            Formålet med retningslinjerne er derfor at tydeliggøre, hvordan vi inden for social- og ældreområdet i Ishøj
            Kommune samarbejder og understøtter de pårørende, samt at tydeliggøre, hvilke indsatser og tilbud, kommunen
            har til pårørende.

            ## Hvem er retningslinjerne rettet mod?

            Retningslinjerne henvender sig til pårørende til borgere, der modtager hjælp og støtte fra tilbud under
            Center for Voksne og Velfærd. De er samtidig også relevante for både medarbejdere og borgere.

            En pårørende kan være borgerens forældre, børn, børnebørn, søskende, ægtefælle, samlever eller en anden
            person, som borgeren ønsker, skal være informeret eller inddraget i hele eller dele af sit liv.

            ## Hvor er retningslinjerne gældende?

            Retningslinjerne dækker hele Center for Voksne og Velfærds område i Ishøj Kommune, dvs. plejecentre,
            hjemmeplejen og hjemmesygeplejen samt indsatser og tilbud på det specialiserede socialområde for voksne.

            De forskellige områder kan have lokale pårørendeindsatser- og tilbud. Retningslinjerne er overliggeren for
            alle tilbud under Center for Voksne og Velfærd, hvor der er samarbejde med pårørende.
            """),
        Page("vaerdier", "Det gode pårørendesamarbejde",
            "De pårørende er en vigtig ressource og samarbejdspartner – og en gruppe, der skal tages hånd om.", """
            For de fleste borgere, spiller de pårørende en central rolle. De pårørende er derfor en vigtig ressource og
            samarbejdspartner for kommunen, når en borger har brug for hjælp og støtte.

            ## Fokus på det gode pårørendesamarbejde

            Ishøj Kommune tilbyder løbende sine medarbejdere kompetenceudvikling i det gode samarbejde med pårørende.
            Dette kan være i form af efteruddannelse, kurser, temadage eller som sparring kolleger og ledere imellem. De
            pårørende er en vigtig del af borgerens liv, hvorfor samarbejdet med de pårørende er et kontinuerligt
            fokusområde i alle tilbud og indsatser, der hører under Center for Voksne og Velfærd.
            """),
        Page("inddragelse", "Inddragelse og kommunikation",
            "Borgeren vælger, om de pårørende skal inddrages, blot orienteres eller holdes ude.", """
            ## Hvornår skal de pårørende inddrages?

            Borgeren kan vælge, at de pårørende skal være inddraget i deres sag og ønske at konsultere dem om vigtige
            beslutninger. I andre tilfælde kan borgeren have et ønske om, at de pårørende blot orienteres eller holdes ude
            af en given situation eller problemstilling. Alt afhængig af, hvilken problemstilling eller udfordring,
            borgeren har, kan de pårørende inddrages tidligt i et forløb, fx i forhold til borgere med en
            demensproblematik.

            ## Kommunikation med og til de pårørende?

            De enkelte tilbud bør i videst omfang informere pårørende ved ændringer, fx organisatoriske ændringer som
            åbnings- og besøgstider, lovændringer, der har betydning for beboerne og borgerne. Kommunikationen kan fx være
            i form af løbende nyhedsbreve, samarbejdsmøder, referater fra beboermøder som sendes ud pr. mail eller hænges
            op på tilgængelige steder. Ligeledes er der en forventning om dialog med de pårørende.

            Der vil være forskelle i behovet for kommunikation og dialog, fx kan der være mere brug for løbende dialog med
            de pårørende til borgere i botilbud og plejehjem end pårørende til borgere, der får hjælp fra hjemmeplejen. I
            dialogen med de pårørende er det også vigtigt med fokus på de pårørendes velbefindende, da pårørende kan være
            i risiko for at blive nedslidte, da det at være pårørende til en svækket, syg eller handicappet borger, kan
            være forbundet med både mental og fysik stress.

            ## Hvordan kan de pårørende inddrages?

            Ved opstart af en indsats, fx flytning til plejebolig eller botilbud, tilbyder Ishøj Kommune som udgangspunkt
            vejledning til borgeren og dennes pårørende. Her kan der bl.a. orienteres om, hvilke handlemuligheder
            kommunen har, og hvor man kan få hjælp og støtte som pårørende, samt hvilke opgaver, der fortsat forventes
            varetaget af de pårørende. Der skal være en klar arbejdsfordeling mellem at være pårørende og at være
            medarbejder eller frivillig. Pårørende skal ikke tage sig af opgaver som personlig pleje eller være
            sagsbehandler for borgerne, mens der kan være andre opgaver, fx socialt samvær, som pårørende forventes at
            varetage.
            """),
        Page("tavshedspligt", "Tavshedspligten",
            "Medarbejderne må ikke videregive fortrolige oplysninger om borgeren uden samtykke, fuldmagt eller værgemål.", """
            I dialogen mellem medarbejdere og pårørende, er det vigtigt at understrege, at medarbejderne har
            tavshedspligt. Alle borgere har ret til at holde personlige oplysninger for sig selv, og de ansatte må derfor
            ikke videregive fortrolige oplysninger til de pårørende, heller ikke selv om de pårørende ønsker at blive
            informeret om borgerens sag. Et brud på tavshedspligten er strafbart ifølge både forvaltningslovens § 27 og
            straffelovens § 152. Der kan være situationer, hvor tavshedspligten kan være en udfordring i forhold til at
            videregive relevante informationer til en borgers pårørende. I sådanne tilfælde er det vigtigt, at de
            pårørende bliver vejledt i, hvilke muligheder, der er for at blive inddraget i borgerens sag, herunder
            mulighed for vægemål, fuldmagt og samtykker.

            Der kan være tilfælde, hvor der er uenigheder eller forskellige ønsker mellem de pårørende og borgeren, eller
            mellem de pårørende og medarbejderne i forhold til borgerens behov. I de tilfælde er det borgerens ønsker og
            behov, som kommer først. Foreligger der fuldmagt, er en borger under værgemål eller umyndiggjort, er der
            andre regler i forhold til tavshedspligt og pårørendeinddragelse.
            """),
        Page("hjaelp-efter-serviceloven", "Hjælp som pårørende efter serviceloven",
            "Aflastning, ledsagelse, plejevederlag og andre muligheder i serviceloven.", """
            Serviceloven er den lov, der primært arbejdes inden for på social- og ældreområdet. Serviceloven rummer en
            række muligheder for hjælp eller støtte rettet mod pårørende:

            - Aflastning eller afløsning, servicelovens § 84
            - Ledsagelse, servicelovens § 97
            - Hjælp til personlig pleje og eller praktisk hjælp, servicelovens § 83
            - Modtagelse af plejevederlag ved pasning af døende, servicelovens § 119
            - Mulighed for selv at blive ansat som hjælper, servicelovens § 95, 96
            """));
}
