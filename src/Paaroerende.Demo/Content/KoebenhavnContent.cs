using Paaroerende.Core.GeneralInformation;
using static Paaroerende.Demo.Content.ContentParts;

namespace Paaroerende.Demo.Content;

/// <summary>
/// Københavns Kommune, Borgercenter Handicap: "Pejlemærker for pårørendesamarbejde". Letters the PDF extraction lost
/// in ligatures (fi, ff) are restored. The text names councils and organised offers, but no phone numbers.
/// </summary>
internal static class KoebenhavnContent
{
    private const string HandicapSite = "http://www.handicap.kk.dk";

    public static MunicipalityContent Create() => new(
        "koebenhavn", "Københavns Kommune", "https://www.kk.dk",
        InformationPages(), [], OffersForRelatives(), UsefulLinks(), Councils());

    private static Offer[] OffersForRelatives() => Offers(
        new Offer
        {
            Title = "Vejledning og støtte fra pårørendevejlederen",
            HowToApply = "Find pårørendevejlederens kontaktoplysninger på Borgercenter Handicaps hjemmeside, eller spørg personalet på botilbuddet.",
            Kind = OfferKind.RelativesCounsellor,
            Description = "Pårørende til et barn, ung eller voksen med nedsat funktionsevne, som er tilknyttet et af vores "
                + "botilbud, har mulighed for at få vejledning og støtte hos vores pårørendevejleder.",
            WebAddress = HandicapSite,
        },
        new Offer
        {
            Title = "Rådgivning, kurser, oplæg og cafémøder for forældre",
            HowToApply = "Se kalenderen på Borgercenter Handicaps hjemmeside og tilmeld dig dér.",
            Kind = OfferKind.Activity,
            Description = "Rådgivning, kurser, oplæg og cafémøder for forældre til børn og unge med funktionsnedsættelse. "
                + "Læs mere på vores hjemmeside og se i kalenderen, om der er aktuelle arrangementer for forældre.",
            WebAddress = HandicapSite,
        },
        new Offer
        {
            Title = "Temaarrangementer for pårørende",
            HowToApply = "Se kalenderen på hjemmesiden, eller spørg pårørendevejlederen om lokale arrangementer.",
            Kind = OfferKind.Activity,
            Description = "Tjek kalenderen på vores hjemmeside for aktuelle arrangementer - eller kontakt vores "
                + "pårørendevejleder, som evt. kan henvise til lokale temaarrangementer på botilbuddene.",
            WebAddress = HandicapSite,
        },
        new Offer
        {
            Title = "Forældregrupper",
            HowToApply = "Spørg jeres sagsbehandler eller personalet på botilbuddet om en forældregruppe.",
            Kind = OfferKind.SupportGroup,
            Description = "Forældregrupper, hvor forældre til børn med handicap kan styrkes i forældrerollen og få et "
                + "netværk med andre forældre.",
        },
        new Offer
        {
            Title = "Indsatser i Familiehuset",
            HowToApply = "Tal med jeres sagsbehandler i Borgercenter Handicap, som kan henvise til Familiehuset.",
            Kind = OfferKind.Counselling,
            Description = "Indsatser i Familiehuset i Borgercenter Handicap, der kan bidrage til at øge trivslen i familien.",
        },
        new Offer
        {
            Title = "Informationsmateriale til pårørende",
            HowToApply = "Spørg personalet på botilbuddet om materialet til jeres tilbud.",
            Kind = OfferKind.Other,
            Description = "Fx information om overgange og børnefaglig undersøgelse eller velkomstfoldere med information og "
                + "råd om det at være pårørende til en, der bor på et af vores botilbud - tilpasset det enkelte tilbud.",
        },
        new Offer
        {
            Title = "Netværksgrupper, kurser, råd og vejledning i civilsamfundet",
            HowToApply = "Pårørendevejlederen kan hjælpe dig med at finde et tilbud, der passer til dig.",
            Kind = OfferKind.Other,
            Description = "Andre relevante netværksgrupper, kurser, råd og vejledning i civilsamfundet.",
        });

    private static UsefulLink[] UsefulLinks() => Links(
        new UsefulLink
        {
            Title = "www.handicap.kk.dk",
            Url = HandicapSite,
            Description = "Læs mere om tilbud til pårørende, bl.a. vejledning og støtte fra BCH´s pårørendevejleder, "
                + "dialog og inddragelse og aktuelle kurser og oplæg.",
        });

    private static RelativesCouncil[] Councils() =>
    [
        new RelativesCouncil
        {
            Name = "Borgercenter Handicaps Centerråd",
            Description = "På myndighedsområdet er den formaliserede indflydelse især forankret i Borgercenter Handicaps "
                + "Centerråd. Centerrådet har 11 medlemmer og består både af brugerrepræsentanter, der udpeges af Danske "
                + "Handicaporganisationer og repræsentanter fra Borgercenter Handicap.",
        },
        new RelativesCouncil
        {
            Name = "Lokale center-, bruger- og pårørenderåd",
            Description = "På udførerområdet skal hvert center og tilbud aktivt tage stilling til og formidle deres tilgang "
                + "til et formelt samarbejde med de pårørende. Det kan foregå gennem centerråd eller lokale bruger- eller "
                + "pårørenderåd på de enkelte tilbud eller gennem andre relevante fora.",
        },
        new RelativesCouncil
        {
            Name = "Handicaprådet",
            Description = "Københavns Kommune har derudover et Handicapråd, der består af 14 medlemmer (politikere og "
                + "repræsentanter for Danske Handicaporganisationer). Rådets primære opgave er at rådgive "
                + "Borgerrepræsentationen i handicappolitiske spørgsmål. Handicaprådet arrangerer fem årlige møder for "
                + "medlemmerne og afholder også offentlige møder, hvor alle borgere inviteres med.",
        },
    ];

    private static InformationPage[] InformationPages() => Pages(
        Page("forord", "Forord", "Et godt og tillidsfuldt samarbejde med familier og pårørende er en forudsætning for kerneopgaven.", """
            Kære medarbejdere og ledere

            Et godt og tillidsfuldt samarbejde med familier og pårørende er en af forudsætningerne for, at vi lykkes med
            kerneopgaven i Borgercenter Handicap: At kunne støtte borgere med funktionsnedsættelser i at leve et godt og
            meningsfuldt liv på egne præmisser. Samarbejdet med pårørende er et væsentligt element i vores
            rehabiliterende tilgang, hvor fokus netop er på borgerens hele liv, netværk og ressourcer.

            Samarbejdet er dog ikke altid let. Der vil fra tid til anden opstå svære dilemmaer, når den offentlige verden
            møder den private. Men vi ved, at det hjælper borgerne, når vi som medarbejdere aktivt forsøger at forstå
            deres pårørendes perspektiv – og anerkender den udsathed og sårbarhed, som den pårørende til et menneske med
            behov for støtte, kan have.

            Derfor skal vi hele tiden udvikle og understøtte forældre- og pårørendesamarbejdet. Det er vigtigt, at vi har
            en fælles forståelse af de pårørendes rolle og bygger vores arbejde med borgerne og deres pårørende på dialog,
            tillid, inddragelse og fælles faglig viden.

            Vi har her samlet centrale pejlemærker, værdier og tilgange, der skal være bærende for vores samarbejde med
            borgere og deres pårørende.

            God læselyst!

            Mette Vedsmand\
            Vicedirektør\
            Borgercenter Handicap
            """),
        Page("vaerdier", "Pejlemærker og værdier",
            "Fire pejlemærker for det gode pårørendesamarbejde på handicapområdet.", """
            Sammen med pårørende har vi i Borgercenter Handicap udarbejdet fire pejlemærker, som vi ønsker skal
            kendetegne vores møde og samarbejde med familier og pårørende:

            ## Vi har blik for relationen og borgerens hele livssituation

            - Vi ser den pårørende som en vigtig samarbejdspartner med særlig indsigt i borgerens liv, ønsker og behov.
            - Vi anerkender pårørendes relation til borgeren og deres fælles historie.
            - Vi støtter borgeren i at udvikle og fastholde netværk og relationer.

            ## Vi samarbejder med fokus på borgerens ønsker og behov

            - Vi tager altid udgangspunkt i borgerens ret til selvbestemmelse.
            - Vores fælles mål er at styrke borgerens livskvalitet.
            - Vi finder, i fællesskab med de pårørende, meningsfulde måder at sætte deres ressourcer i spil.

            ## Vi arbejder for og vil det gode samarbejde

            - Som medarbejdere er vi værter og ambassadører for det gode samarbejde.
            - Vi spørger og lytter aktivt til de pårørendes input til en bedre hverdag for borgeren.
            - Vi arbejder ud fra, at alle parter i samarbejdet vil borgerens bedste.
            - Vi udviser respekt for forskellighed og giver plads til uenighed.

            ## Vi sætter tydelige rammer for samarbejdet

            - Vi er tydelige i dialogen med de pårørende og forventningsafstemmer løbende.
            - Vi sikrer struktur og beskriver rammerne for samarbejdet.
            - Vi skaber sammenhæng og fælles forståelse ved at bygge bro mellem borgerens langsigtede mål og hverdagens
              konkrete aktiviteter.

            Rammerne for samarbejdet mellem pårørende og Borgercenter Handicap er meget forskellige alt efter borgerens
            alder, funktionsnedsættelse og livssituation. Udgangspunktet for samarbejdet vil altid være borgerens ret til
            selvbestemmelse og målet om at kunne støtte borgeren med funktionsnedsættelse i at leve et meningsfuldt liv
            med bedst mulig aktivitet og deltagelse, mestring og livskvalitet.

            ## Det værdimæssige fundament

            Borgercenter Handicaps pårørendesamarbejde hviler både på juridiske krav og en række politikker og
            retningslinjer. Herunder kommunens Handicappolitik, den fælles faglige tilgang i Borgercenter Handicap (det
            relationelle handicapbegreb og den rehabiliterende tilgang), borgercentrets etiske kodeks samt Københavns
            Kommunes værdigrundlag, som præciserer, at kommunen skal møde borgerne med respekt, ligeværdighed, dialog og
            tillid.
            """),
        Page("at-vaere-paaroerende", "At være pårørende",
            "Hvem pårørende er – også mindreårige børn, der ikke skal være hjælpere eller tolke.", """
            Når vi bruger begrebet ”pårørende”, er det som en samlet betegnelse for personer, der har nære, varige
            relationer til borgere med funktionsnedsættelser. De pårørende er en del af borgerens netværk og kan både være
            forældre, partnere, børn, søskende, venner, værger eller andre private relationer.

            Rammerne for samarbejdet med en pårørende er forskellige alt efter, om vi fx samarbejder med en far med
            forældreansvar for et mindreårigt barn - eller en søster til en voksen, myndig kvinde. Men der er alligevel en
            række fællestræk og helt overordnet, skal vi gøre os umage med at møde pårørende som individuelle mennesker og
            værdifulde samarbejdspartnere, der ofte:

            - har særlig viden om borgeren
            - er en central person i borgerens liv
            - er en vigtig ressource for borgeren og os
            - kan stå i en sårbar livssituation

            Derfor er det særligt vigtigt, at vi møder alle pårørende med åbenhed, forståelse, respekt, faglighed og
            ansvarlighed.

            De fleste af os oplever gennem livet at stå i rollen som pårørende til et menneske, der har behov for støtte –
            midlertidigt eller varigt. Den rolle kan være krævende og svær at navigere i. Det forventes, at man bidrager
            konstruktivt til indsatsen for sine nære. At man tager ansvar - indimellem også ved, at man netop giver slip
            på ansvaret. Som pårørende bliver man naturligt påvirket dybt af sin næres følelser og livssituation.

            Fælles for de pårørende vi møder er, at de og deres kære har brug for vores støtte. Og sådan bliver vi en del
            af deres privatliv og de en del af vores professionelle liv. Derfor har vi et stort ansvar for, at de føler
            tillid til, at vi vil det bedste for deres kære.

            Som alle andre mennesker befinder de pårørende sig i forskellige livssituationer og har forskellig adgang til
            ressourcer og netværk. De har måske også tidligere haft oplevelser med offentlige myndigheder, der kan have
            påvirket graden af tillid til os. Det skaber forskellige forudsætninger og ønsker til samarbejdet med os. Og
            det stiller igen forskellige krav til os som medarbejdere. Derfor er det vigtigt, at vi stiller spørgsmål til
            de pårørende; lytter til deres perspektiver og spørger ind til, hvad de har brug for fra os. Jo bedre vi
            kender – og husker på – den enkelte pårørendes livssituation, jo bedre kan vi møde den pårørende åbent, der
            hvor den enkelte pårørende er.

            ## Mindreårige børn som pårørende

            Mindreårige børn kan også være pårørende. De har måske en forælder, en bror eller en søster med
            funktionsnedsættelse. Når vi samarbejder med mindreårige børn, der er pårørende, er vi særligt forpligtede til
            at være opmærksomme på deres behov. Her skal vi som udgangspunkt undgå, at den unge pårørende kommer til at
            fungere som personlig hjælper for sit familiemedlem. Det gælder fx også for pårørende med etnisk
            minoritetsbaggrund, hvor mindreårige søskende indimellem træder til som tolke.
            """),
        Page("krav-til-samarbejdet", "Forskellige krav til samarbejdet",
            "Selvbestemmelse og tavshedspligt – men en pårørende kan altid få overordnede og generelle informationer.", """
            Der vil naturligvis være forskelle på rammerne for samarbejdet med pårørende – afhængig af borgerens alder,
            livssituation og funktionsevne.

            I arbejdet med alle borgere - voksne, unge og børn, har vi fokus på at inddrage borgerens netværk som en del af
            den rehabiliterende tilgang. Men særligt i arbejdet med mindreårige børn er familien central for vores
            samarbejde og er ofte vores primære kontakt.

            - Inddragelsen af forældrene sker i samarbejdet med familien
            - Pårørende inddrages som en del af borgerens netværk

            Det er altid vigtigt, at vi lytter til, informerer og inddrager de pårørende. Men information og inddragelse
            af pårørende skal altid ske under hensyntagen til borgerens ret til selvbestemmelse.

            Her kan der opstå konflikter mellem borgerens ret til selvbestemmelse og den pårørendes behov for information
            og inddragelse. På samme måde kan der også opstå konflikter mellem vores tavshedspligt og ønsket om at dele
            information om andre borgere - fx naboer på et botilbud. Som medarbejdere skal vi altid overholde vores
            tavshedspligt, men en pårørende vil altid kunne få overordnede og generelle informationer.
            """),
        Page("inddragelse", "Inddragelse på flere niveauer",
            "Fra information til reel indflydelse – i den enkelte borgers forløb og i organisationen.", """
            Når vi inddrager de pårørende, kan det ske på flere niveauer og have forskellige formål. Fx kan vi informere
            eller indhente information, inddrage de pårørende, udvikle noget sammen eller give de pårørende reel
            indflydelse og medbestemmelse. Niveauet afhænger af den konkrete opgave og målgruppen.

            Hvis vi fx holder et temaarrangement, kan det både være ren information til de pårørende, men det kan også
            fungere som en debataften, hvor vi ønsker at give de pårørende indflydelse på et område. Samarbejdet med de
            pårørende har to dimensioner: Det individuelle og det organisatoriske.

            ## Det individuelle samarbejde

            Foregår i den konkrete borgers forløb og hverdag, fx omkring borgerens mestring af eget liv.

            ## Det organisatoriske samarbejde

            Foregår ved, at de pårørende inddrages i udviklingen af borgercentrets tiltag, som repræsentanter for de
            pårørendes perspektiv og erfaringer. Fx ved at deltage i det formaliserede samarbejde via råd og lignende.

            ## Sådan kan vi styrke samarbejdet

            I Borgercenter Handicap arbejder vi med at styrke pårørendesamarbejdet ved at prioritere tre særlige områder:

            1. **Feedback fra pårørende.** Vi skal systematisk indhente og inddrage de pårørendes input og feedback.
            2. **Læring og uddannelse.** Vi udvikler vores samarbejdskompetencer gennem uddannelse, læring og/eller
               sparring i medarbejdergruppen og ved at videndele på tværs af organisationen.
            3. **Tilgængelighed.** Vi skal skabe gode muligheder for at gå i dialog med de pårørende. I de enkelte
               borgeres sager/forløb, via dialogmøder, statusmøder, fællesspisning eller andre fora. Både formelle og
               uformelle.

            Som medarbejder er det en del af dit daglige arbejde, at du støtter den pårørende bedst muligt. Fx ved at
            hjælpe den pårørende med at være en støtte overfor sit barn/søskende/ægtefælle – og samtidig hjælpe borgeren
            med at fastholde kontakten til sit netværk. Men vi har også en central rolle i at hjælpe den pårørende med sin
            egen trivsel. Vi skal støtte dem i at kunne være i den ofte svære rolle som pårørende.

            Det er også vigtigt, at du gør dig umage med at ”oversætte” den kommunale verden, så de pårørende forstår de
            muligheder og begrænsninger, der er.
            """),
        Page("raad-og-fora", "Pårørenderåd og samarbejdsfora",
            "Centerrådet, Handicaprådet, lokale pårørenderåd og andre fora, hvor pårørende har indflydelse.", """
            ## Det formaliserede samarbejde

            På myndighedsområdet er den formaliserede indflydelse især forankret i Borgercenter Handicaps Centerråd.
            Centerrådet har 11 medlemmer og består både af brugerrepræsentanter, der udpeges af Danske
            Handicaporganisationer og repræsentanter fra Borgercenter Handicap. På udførerområdet skal hvert center og
            tilbud aktivt tage stilling til og formidle deres tilgang til et formelt samarbejde med de pårørende. Det kan
            foregå gennem centerråd eller lokale bruger- eller pårørenderåd på de enkelte tilbud eller gennem andre
            relevante fora.

            Københavns Kommune har derudover et Handicapråd, der består af 14 medlemmer (politikere og repræsentanter for
            Danske Handicaporganisationer). Rådets primære opgave er at rådgive Borgerrepræsentationen i handicappolitiske
            spørgsmål. Det betyder, at Handicaprådet bliver hørt i alle initiativer, der påvirker mennesker med handicap.
            Handicaprådet arrangerer fem årlige møder for medlemmerne, hvor aktuelle handicappolitiske temaer og konkrete
            spørgsmål drøftes. Handicaprådet afholder også offentlige møder, hvor alle borgere inviteres med.

            Hvis en pårørende efterspørger formel lokal indflydelse, kan du henvise til det lokale center- eller
            pårørenderåd. Når pårørende deltager i disse råd, er det altid vigtig at tage hensyn til borgerens ret til
            selvbestemmelse. Har I ingen lokale råd, så gå i dialog med den pårørende om vedkommendes behov – evt. sammen
            med din leder. I kan også kontakte vores pårørendevejleder og få sparring til arbejdet i de lokale
            pårørenderåd.

            ## Eksempler på samarbejdsfora i Borgercenter Handicap

            - Dialogmøder
            - Forældremøder
            - Samarbejdsmøder
            - Informationsmøder
            - Centerråd
            - Pårørenderåd
            - Lokalt forældreråd
            - Samarbejdskontrakt på botilbud
            - Fællesspisning
            - Pårørende-kaffe
            - Sociale arrangementer
            """),
        Page("citater", "Sådan siger nogle af de pårørende om samarbejdet",
            "Pårørendes egne ord om, hvad der gør samarbejdet godt.", """
            > ”De positive tilbagemeldinger varmer virkelig meget. Ikke mindst, når personalet griner højt sammen med min
            > søn. Gennem hans opvækst er der ikke så mange, der har grinet sammen med ham på den måde, og det er bare så
            > dejligt, når det sker.”

            > ”Jeg har en god dialog med min sagsbehandler, og jeg føler, hun lytter. Hun siger det også ærligt, når noget
            > ikke er muligt.”

            > ”Jeg oplever rent faktisk en interesse hos personalet i at forstå vores barn og os. Det gør, at jeg får rigtig
            > meget tillid og lyst til at åbne op.”

            > ”I min verden handler det om et samarbejde. Det er ikke ”os mod dem” – det er os som familie og jer som
            > personale, der sammen, skal få min søsters tilværelse til at blive bedst mulig.”

            > ”Personalets forståelse og kendskab til vores families historie er så ufattelig vigtig for os. Det gør det
            > meget trygt og nemmere at gå ind i en dybere samtale.”

            > ”Mit drømmescenarie af en medarbejder er en, der kender min søsters historik. Fordi den leder hen til den,
            > hun er i dag. Vær nysgerrig, også overfor de pårørende. Det er vigtigt, at man som personale lytter, og måske
            > også spørger ind til, hvad jeg mener.”

            > ”Hvis vi indimellem reagerer voldsomt – så handler det typisk om, at der bliver trykket på et dybtliggende
            > blåt mærke i vores forældreliv: En sorg og frustration over ikke selv at kunne tage vare på sit barn.”

            > ”Når man er familie, så er ens tålmodighed måske ikke helt den samme. Det er bare svært, når man er familie,
            > for så kommer følelserne i klemme – og man har ikke det samme mentale og pædagogiske overskud – fordi man jo
            > også bliver ramt.”

            > ”Overleveringer mellem hjemmet og bostedet er vigtige hjørnesten for os forældre. Det kan være svært at
            > aflevere barnet, og det er typisk forbundet med svære følelser. Det er rart, når personalet spørger, om der
            > lige er noget, som jeg synes, de skal vide om min søn.”

            > ”For mig betyder det at have et velfungerende samarbejde med min datters sagsbehandler, at arbejdsbyrden
            > letter. Jeg føler mig tryg, og det giver mig ro til at koncentrere mig om mit liv og min datter”

            > ”Jeg kan aflevere min søn med ro i sindet, når jeg fornemmer, at personalet er engageret, og der er styr på
            > det. Så kan jeg ligesom slippe kontrollen og mit forældreansvar og slappe af.”
            """));
}
