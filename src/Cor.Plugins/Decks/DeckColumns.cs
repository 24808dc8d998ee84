namespace Cor.Plugins.Decks;

/// <summary>
/// Logical names of the cor_deck table and the columns the deck rules read or write.
/// </summary>
public static class DeckColumns
{
    public const string Table = "cor_deck";
    public const string Id = "cor_deckid";
    public const string MeetingId = "cor_meetingid";
    public const string Name = "cor_name";
    public const string Status = "cor_deckstatus";
    public const string AuthorId = "cor_authorid";
    public const string ReviewerId = "cor_reviewerid";
    public const string GoalsBreachedOn = "cor_goalsbreachedon";
}
