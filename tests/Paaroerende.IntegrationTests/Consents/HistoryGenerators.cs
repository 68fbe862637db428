using FsCheck;
using FsCheck.Fluent;
using Paaroerende.Core.Consents;

namespace Paaroerende.IntegrationTests.Consents;

public static class HistoryGenerators
{
    public const int QuestionsPerHistory = 50;
    public const int LastSlot = 24;

    private static readonly Gen<int?> OptionalEnd =
        Gen.Frequency(
            (2, Gen.Constant<int?>(null)),
            (1, Gen.Choose(0, LastSlot).Select(x => (int?)x)));

    private static readonly Gen<RelationSpec> Relation =
        from citizen in Gen.Choose(0, 1)
        from person in Gen.Choose(0, 1)
        from recordedAt in Gen.Choose(0, LastSlot / 2)
        from endedAfter in OptionalEnd
        select new RelationSpec(citizen, person, recordedAt, endedAfter is null ? null : recordedAt + endedAfter);

    private static readonly Gen<ConsentSpec> Consent =
        from relation in Gen.Choose(0, 3)
        from topic in Gen.Elements(Enum.GetValues<ConsentTopic>())
        from level in Gen.Elements(Enum.GetValues<ConsentLevel>())
        from basis in Gen.Frequency(
            (4, Gen.Constant(ConsentBasis.CitizenConsent)),
            (1, Gen.Elements(ConsentBasis.PowerOfAttorney, ConsentBasis.Guardianship, ConsentBasis.ParentalCustody)))
        from recordedAt in Gen.Choose(0, LastSlot)
        from validFromShift in Gen.Choose(-3, 3)
        from until in OptionalEnd
        from earlier in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 8).Select(x => (int?)x)))
        select new ConsentSpec(relation, topic, level, basis, recordedAt, recordedAt + validFromShift,
            until is null ? null : recordedAt + validFromShift + until,
            earlier is null ? null : recordedAt + validFromShift - earlier);

    private static readonly Gen<UpdateSpec> Update =
        from citizen in Gen.Choose(0, 1)
        from topic in Gen.Elements(Enum.GetValues<ConsentTopic>())
        from publishedAt in Gen.Choose(-2, LastSlot + 4)
        from withdrawn in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new UpdateSpec(citizen, topic, publishedAt, withdrawn);

    private static readonly Gen<ThreadSpec> Thread =
        from relation in Gen.Choose(0, 3)
        from topic in Gen.Frequency(
            (1, Gen.Constant<ConsentTopic?>(null)),
            (3, Gen.Elements(Enum.GetValues<ConsentTopic>()).Select(t => (ConsentTopic?)t)))
        select new ThreadSpec(relation, topic);

    private static readonly Gen<MeetingSpec> Meeting =
        from relation in Gen.Choose(0, 3)
        from topic in Gen.Frequency(
            (2, Gen.Constant<ConsentTopic?>(null)),
            (3, Gen.Elements(Enum.GetValues<ConsentTopic>()).Select(t => (ConsentTopic?)t)))
        from cancelled in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new MeetingSpec(relation, topic, cancelled);

    private static readonly Gen<Question> Question =
        from person in Gen.Choose(0, 1)
        from citizen in Gen.Choose(0, 1)
        from topic in Gen.Elements(Enum.GetValues<ConsentTopic>())
        from at in Gen.Choose(0, LastSlot + 4)
        select new Question(person, citizen, topic, at);

    public static readonly Gen<History> Histories =
        from relationCount in Gen.Choose(0, 4)
        from relations in Gen.ArrayOf(Relation, relationCount)
        from consentCount in Gen.Choose(0, 14)
        from consents in Gen.ArrayOf(Consent, consentCount)
        from questions in Gen.ArrayOf(Question, QuestionsPerHistory)
        from updateCount in Gen.Choose(0, 24)
        from updates in Gen.ArrayOf(Update, updateCount)
        from threadCount in Gen.Choose(0, 4)
        from threads in Gen.ArrayOf(Thread, threadCount)
        from meetingCount in Gen.Choose(0, 4)
        from meetings in Gen.ArrayOf(Meeting, meetingCount)
        select (new History(relations, consents, questions) { Updates = updates, Threads = threads, Meetings = meetings }).Normalized();
}
