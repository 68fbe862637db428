using Paaroerende.Core.GeneralInformation;
using static Paaroerende.Demo.Content.ContentParts;

namespace Paaroerende.Demo.Content;

/// <summary>Rudersdal Kommunes pårørendepolitik. The policy has no contact data, offers or councils of its own.</summary>
internal static class RudersdalContent
{
    public static MunicipalityContent Create() => new(
        "rudersdal", "Rudersdal Kommune", "https://www.rudersdal.dk",
        InformationPages(), [], [], [], []);

    private static InformationPage[] InformationPages() => Pages(
        Page("forord", "Forord", "Pårørende er centrale samarbejdspartnere, og politikken blev til i en involverende proces.", """
            Pårørende – familie, venner og andre nære personer – spiller en betydningsfuld rolle i de fleste menneskers
            liv. Det gælder også, når en borger må have hjælp til at klare sin hverdag. Den støtte, omsorg og hjælp, som
            pårørende bidrager med, er uvurderlig.

            I Rudersdal oplever vi pårørende som centrale samarbejdspartnere. De pårørende er en ressource, som vi
            anerkender og ønsker at tage vare på.

            Derfor vil vi styrke og udvikle samarbejdet med pårørende endnu mere. Pårørendepolitikken skal være med til at
            skabe et værdifuldt fundament for dette samarbejde og bidrage til en fælles forståelse af roller og
            forventninger mellem pårørende og medarbejdere i Rudersdal Kommune.

            På vegne af kommunalbestyrelsen

            ## En involverende proces

            Arbejdet med at udvikle pårørendepolitikken blev påbegyndt i 2023, hvor Social- og Sundhedsudvalget tog
            initiativ til en involverende proces, hvor en bred skare af interessenter har fået mulighed for at bidrage med
            input. Processen har været lige så vigtig som resultatet, idet den har bidraget til at belyse de mange
            dilemmaer, der kan opstå i samarbejdet mellem pårørende og medarbejdere.

            Der har været afholdt borger- og dialogmøder med pårørende, interesseorganisationer og patientforeninger, og
            der har været mulighed for at komme med input via en online platform. Både medarbejderrepræsentanter samt
            senior- og handicapråd har været inviteret til dialog med politikerne. Endelig har der også været afholdt
            forumteater, som er en involverende teaterform, hvor medarbejdere og pårørende sammen har konkretiseret
            pejlemærkerne med udgangspunkt i scener fra det virkelige liv.

            Pårørendepolitikken er således baseret på en grundig og inddragende proces, som udgør et solidt udgangspunkt
            for det videre arbejde.

            Målgruppen for pårørendepolitikken er særligt pårørende til borgere, som har tilknytning til Rudersdals tilbud
            på ældre-, sundheds- og socialområdet.
            """),
        Page("hvem-er-paaroerende", "Hvem er pårørende?",
            "Borgeren vælger selv sine pårørende, og relationen varer så længe, begge parter ønsker det.", """
            Det er relationen til borgeren, der er afgørende for, hvem der er pårørende. Pårørende kan både være
            ægtefælle, samlever, søskende, forældre, voksne børn, en god ven, naboen eller en helt anden i borgerens
            netværk.

            I Rudersdal forstår vi pårørende som:

            > En person, som borgeren har en gensidig relation og tillid til. Borgeren vælger selv sine pårørende, og den
            > pårørende ønsker at blive inddraget i samarbejdet om den aktuelle livssituation, borgeren er i. Relationen
            > varer så længe, begge parter ønsker det.

            Pårørendepolitikken er afgrænset til at omfatte voksne over 18 år, da pårørende under 18 år samt pårørende til
            børn under 18 år, herunder forældre og værger, har andre rettigheder og pligter end andre pårørende.

            I samarbejdet er det den enkelte borgers ønsker og behov, der kommer først. Borgeren har ret til
            selvbestemmelse og bestemmer således, i hvilket omfang pårørende skal inddrages. For borgere med handicap
            eller anden sygdom, som vanskeliggør kommunikation eller selvbestemmelse, har pårørende og medarbejdere et
            særligt ansvar for at varetage borgerens behov og interesser.
            """),
        Page("vision", "Vores vision", "Et tillidsbaseret og respektfuldt samarbejde, hvor pårørende bidrager med det, de kan og vil.", """
            Visionen for pårørendepolitikken er at sikre rammen for det gode samarbejde mellem pårørende og kommunens
            medarbejdere:

            > I Rudersdal Kommune er samarbejdet mellem borgere, pårørende og medarbejdere tillidsbaseret og respektfuldt,
            > således at pårørende bidrager med det de kan og vil.

            Pårørende er ofte både følelsesmæssigt og praktisk involveret i borgerens liv og kan opleve et stort pres i
            forhold til denne rolle. Det er afgørende, at der løbende er mulighed for forventningsafstemning, hvor
            pårørende og medarbejdere er tydelige om, hvad de kan forvente af hinanden i samarbejdet. De pårørende kan ofte
            selv være i en svær livssituation, og det er afgørende, at der tages hensyn hertil, så vi også tager bedst
            muligt vare på de pårørende.
            """),
        Page("vaerdier", "Værdier for det gode samarbejde",
            "Kommunikation og information, tillid og respekt, fleksibilitet og sammenhæng.", """
            Vi ønsker, at samarbejdet mellem pårørende og medarbejdere i Rudersdal er karakteriseret ved:

            ## Kommunikation og information

            Der er struktureret og løbende gensidig kommunikation med aktuel information, der er let tilgængelig.

            ## Tillid og respekt

            Der er gensidig tillid til de roller, som såvel borger som pårørende og medarbejdere har, og respekt for de
            vanskeligheder, som disse roller kan indebære i samarbejdet.

            ## Fleksibilitet og sammenhæng

            Der er en særlig opmærksomhed på behovet for fleksibilitet og sammenhæng i samarbejdet, da livssituationerne
            for både borgere og pårørende vil ændre sig over tid.
            """),
        Page("politikken-i-praksis", "Politikken i praksis",
            "Forvaltningsområder og centre omsætter politikken lokalt, og borgere, pårørende og medarbejdere inddrages.", """
            Pårørendepolitikken skal styrke og udvikle samarbejdet mellem borgere, pårørende og medarbejdere. Det er de
            enkelte forvaltningsområder og centre, der har ansvaret for udmøntningen af politikkens indhold. Det kan
            eksempelvis ske ved, at de relevante forvaltningsområder udvikler en strategi for pårørendesamarbejdet og
            vedtager en årlig opfølgning på samarbejdet.

            Disse strategier for de enkelte forvaltningsområder skal udmøntes lokalt, fx. med handleplaner for hvert
            center eller afdelings tilgang til pårørendesamarbejdet. Det kan bl.a. inkludere konkrete tiltag og
            aktiviteter, som er tilpasset det enkelte sted. I dette arbejde er det centralt, at både borgere, pårørende og
            medarbejdere inddrages aktivt.

            Det er afgørende, at der skabes rum blandt medarbejdere og ledere til faglig refleksion om
            pårørendesamarbejdet, og hvordan intentionerne med pårørendepolitikken implementeres i det daglige arbejde. Én
            måde at sikre et kontinuerligt fokus kan være at invitere medarbejderne til at reflektere over dilemmaerne i
            pårørendesamarbejdet via cases eller forumteater. Her kan bl.a. sættes fokus på, hvordan vi styrker
            systematikken i pårørendesamarbejdet, sikrer forventningsafstemning og fokus på de pårørendes trivsel.
            """));
}
