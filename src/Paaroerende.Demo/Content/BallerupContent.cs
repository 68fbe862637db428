using Paaroerende.Core.GeneralInformation;
using static Paaroerende.Demo.Content.ContentParts;

namespace Paaroerende.Demo.Content;

/// <summary>
/// Ballerup Kommunes pårørendepolitik: six themes/values, each its own page. The policy has no contact data, offers
/// or councils of its own.
/// </summary>
internal static class BallerupContent
{
    public static MunicipalityContent Create() => new(
        "ballerup", "Ballerup Kommune", "https://www.ballerup.dk",
        InformationPages(), [], [], [], []);

    private static InformationPage[] InformationPages() => Pages(
        Page("indledning", "Indledning", "Politikken løfter samarbejdet med pårørende til et selvstændigt fokusområde.", """
            Ballerup Kommune har en bruger- og pårørendepolitik. Politikken tager udgangspunkt i borgerens behov for
            hjælp og støtte og den måde som pårørende, medarbejdere og borgere kan samarbejde om at støtte og hjælpe
            borgeren.

            Dette er en vigtig og grundlæggende politik, og pårørendepolitikken er ikke en erstatning. Men der er i
            Ballerup Kommune også en erkendelse af, at pårørendeperspektivet bør have særskilt opmærksomhed.

            Derfor løfter vi med denne politik samarbejdet med pårørende til et selvstændigt fokusområde.

            Politikken tager afsæt i Ballerup Kommunes Vision 2029:

            > ”Som kommune møder vi borgerne i øjenhøjde. Sammen finder vi de gode løsninger på tværs af institutioner,
            > foreninger og erhverv og skaber mulighederne for gode og værdige rammer for borgere i alle aldre og
            > livssituationer. Kommunen har stærke fællesskaber, et rigt forenings- og kulturliv, hvor borgerne har lyst
            > til at involvere sig og tage ansvar for, at Ballerup er et rigtig godt sted at bo”

            Det bærende element i politikken er, hvordan vi som kommune kan være med til at skabe de bedste rammer for,
            at pårørende kan yde en omsorgsindsats over for deres nære.

            ## Målgruppe

            Pårørendepolitikken henvender sig til alle pårørende i Ballerup Kommune.

            Pårørende er ikke kun voksne, men også børn.

            Pårørendepolitikken henvender sig også til alle de medarbejdere i Ballerup Kommune, der møder pårørende i
            deres arbejde.
            """),
        Page("vaerdier", "Formål og værdier", "Seks temaer og værdier er grundlaget for samarbejdet med pårørende.", """
            Pårørendepolitikken er bygget op om seks centrale temaer/værdier, der er grundlaget for Ballerup Kommunes
            samarbejde med pårørende:

            1. [Anerkendelse](/Information/ballerup/anerkendelse)
            2. [Samarbejde](/Information/ballerup/samarbejde)
            3. [Forventningsafstemning](/Information/ballerup/forventningsafstemning)
            4. [Understøtte et liv som pårørende](/Information/ballerup/liv-som-paaroerende)
            5. [Lige vilkår for alle pårørende](/Information/ballerup/lige-vilkaar)
            6. [En koordineret indsats](/Information/ballerup/koordineret-indsats)

            Politikkens værdier skal indgå i og inspirere kommunens drift samt sætte rammerne for den enkelte
            medarbejders møde med pårørende.

            Pårørendepolitikken skal sikre, at pårørende til borgere med fx handicap, psykiske problemer,
            misbrugsproblemer, sygdom og aldersbetingede funktionsnedsættelser bliver støttet, anerkendt, værdsat og
            inddraget.

            Pårørendepolitikken skal fungere som et redskab, der kan:

            - Støtte pårørende i rollen som pårørende
            - Understøtte at pårørende kan have et værdigt liv som sig selv og bevare sin fysiske og psykiske sundhed
            - Understøtte tillid og dialog mellem pårørende og Ballerup Kommunes medarbejdere
            - Styrke samarbejdet mellem borgere, pårørende og Ballerup Kommunes medarbejdere til glæde for alle
            - Understøtte at pårørende inddrages i væsentlige processer
            - Sikre at pårørendes viden og erfaringer bliver brugt aktivt.

            Med pårørendepolitikken er værdierne for samarbejdet med pårørende givet. I praksis betyder det, at
            medarbejderne hele tiden har fokus på at inddrage pårørende som en naturlig del af arbejdet.

            Politikken danner grundlag for mere konkrete tiltag, der skal udmøntes i praksis. Udmøntningen og
            oversættelsen af politikken finder sted lokalt.
            """),
        Page("anerkendelse", "Anerkendelse", "Kommunen anerkender de pårørendes store indsats og spørger, hvordan de har det.", """
            Det er til tider en meget stor belastning at være pårørende.

            Som kommune tager vi de udfordringer, som pårørende står overfor, meget alvorligt, og vi anerkender deres
            store indsats.

            Vi anerkender også, at vi som kommune har en vigtig rolle og interesse i at hjælpe de pårørende til at passe
            på sig selv. På den måde kan de fortsætte med at være pårørende, der har overskud til at løfte opgaven.

            De pårørende skal opleve, at der er opmærksomhed og forståelse for deres situation.

            Det er derfor naturligt, at vi spørger de pårørende om, hvordan de har det. Hvad der er vigtigt for dem for at
            have et godt liv både som pårørende og som borger med egne interesser og behov.
            """),
        Page("samarbejde", "Samarbejde", "Et godt samarbejde bygger på respekt – også i pressede eller svære situationer.", """
            Samarbejdet mellem pårørende og Ballerup Kommune starter med en borger, der har behov for kommunal hjælp.

            I Ballerup Kommune er samarbejdet med pårørende en selvfølgelig del af den støtte og omsorg, som vi giver
            borgerne.

            Vi vægter en tilgang, hvor vi som kommune møder de pårørende med oprigtig interesse og åbenhed.

            Et godt samarbejde bygger på respekt. Respekt for borgerens ønsker. Respekt for de pårørendes behov. Respekt
            for hinanden. Respekt for, at vi løfter forskellige opgaver. Vi møder hinanden med respekt – også i pressede
            eller svære situationer.

            I samarbejdet:

            - Anerkender vi de pårørendes erfaringer og viden – og inddrager det som en ressource
            - Værdsætter og respekterer vi den viden, som de pårørende har om, hvad der er vigtigst for borgeren
            - Er vi villige til at gå nye veje og tage udgangspunkt i borgerens og de pårørendes behov og tilpasse vores
              indsatser derefter.

            Et godt samarbejde understøttes selvfølgelig også af, at de pårørende anerkender medarbejdernes faglige viden,
            og at vi er enige om, hvad vi kan forvente af hinanden.

            Hvor stopper den pårørendes ansvar, og hvor begynder Ballerup Kommunes ansvar? Og hvilket handlerum har vi som
            kommune?
            """),
        Page("forventningsafstemning", "Forventningsafstemning",
            "Hvad kommunen kan og må, når borgerens og de pårørendes ønsker er forskellige.", """
            I samarbejdet mellem Ballerup Kommunes medarbejdere og pårørende er det afgørende at sikre en gensidig
            forventningsafstemning.

            Samarbejdet vil altid have en borger, med et konkret behov for hjælp, i centrum. Som kommune har vi først og
            fremmest et lovgivningsmæssigt ansvar for denne borger. I det felt vil der kunne opstå konflikter.

            Det er derfor afgørende, at borgere, pårørende og medarbejdere kan tale åbent om, at der kan være lovgivning,
            tavshedspligt eller et fastlagt serviceniveau, der gør, at de pårørendes ønsker ikke kan imødekommes i
            konkrete tilfælde.

            Det er heller ikke altid, at borgeren ønsker, at de pårørende involveres, eller ikke er enige med de pårørende
            om, hvilken hjælp der er brug for.

            Som pårørende kan man komme i en situation, hvor man føler, at man ved, hvad der vil være bedst for borgeren –
            men hvor vi som kommune må sige nej.

            Vi skal som medarbejdere i Ballerup Kommune være tydelige i vores dialog med pårørende om, hvad vi kan og må,
            når borgerens ønsker er anderledes end de pårørendes.

            En forventningsafstemning handler derfor i høj grad om at gå i dialog og kommunikere respektfuldt.

            Selvom vi som kommune ikke altid kan imødekomme pårørendes ønsker, udviser vi som medarbejdere forståelse for
            den pårørendes oplevelse og følelser – og vi taler os ind i problematikken i stedet for at affærdige den.
            """),
        Page("liv-som-paaroerende", "Understøtte et liv som pårørende",
            "Møde med andre pårørende, fleksibel aflastning og plads til arbejde, fritid og venner.", """
            Som pårørende kan man opleve at blive isoleret. Omgivelserne trækker sig måske. Det kan være svært for
            omgivelserne at forstå og forholde sig til de pårørendes situation.

            Som pårørende taler man måske heller ikke om, hvor svært det er at være pårørende. Det kan være fordi, man
            oplever, at andre ikke forstår, eller ikke har lyst til at tale om det, der opleves som svært.

            Ens eget liv og aktiviteter kan i en kortere eller længere periode blive sat helt i stå. Det kan være svært at
            finde overskuddet og tiden til at passe på sig selv, at tage initiativ til at opsøge fællesskaber eller
            fastholde eksisterende aktiviteter og samvær med venner og familie.

            Det er derfor vigtigt, at medarbejderne også møder pårørende som selvstændige individer, og ikke alene ”som
            pårørende”.

            En anerkendelse af pårørende som en værdifuld ressource betyder også, at Ballerup Kommune skal understøtte, at
            pårørende kan få et frirum til at holde fast i fx et arbejde, fritidsinteresser samt venner og familie. Der
            igennem fås ny energi til at varetage rollen som pårørende.

            Vi vil være opmærksomme på den isolation og ensomhed, man kan opleve som pårørende.

            Derfor vil vi:

            - Understøtte at pårørende kan møde andre pårørende i samme situation
            - Skabe fleksible muligheder for aflastning
            - Sikre at pårørende tænkes med i de dagtilbud, som borgerne benytter
            - Anerkende betydningen af Understøtte at pårørende kan bibeholde tilknytning til arbejdsmarkedet.
            """),
        Page("lige-vilkaar", "Lige vilkår for alle pårørende",
            "Hjælpen må ikke afhænge af, hvor godt man kender mulighederne.", """
            Vi lægger vægt på, at alle pårørende har lige vilkår for hjælp og støtte.

            Det kan være meget forskelligt, hvor godt man som pårørende kender til muligheder for hjælp, eller kender
            kommunens arbejdsgange.

            Der skal ikke være ulighed i den hjælp, som man modtager afhængig af kendskab til mulighederne.
            """),
        Page("koordineret-indsats", "En koordineret indsats",
            "Indsatsen omkring ens nærmeste skal hænge sammen på tværs af forvaltninger og sektorer.", """
            Det er vigtigt, at man som pårørende oplever, at indsatsen omkring ens nærmeste er koordineret på tværs af
            forvaltninger og sektorer.

            Det er også vigtigt, at man som pårørende oplever, at de medarbejdere i Ballerup Kommune som man er i kontakt
            med, har et overblik over muligheder og tilbud, og ved, hvor man kan henvende sig for at få yderligere hjælp.

            Vi vil derfor:

            - Fokusere på at de rette medarbejdere har den rette viden
            - Koordinere på tværs af sektorer, frivillige foreninger og forvaltninger i samarbejde med de pårørende
            - Udbrede viden om kommunens og frivilliges tilbud
            - Gøre viden om tilbud let tilgængelig for pårørende
            - Inddrage de frivillige foreninger
            - Inddrage de pårørende i udvikling af indsatser gennem de relevante råd og interesseorganisationer.
            """));
}
