namespace Cor.Rules.Decks;

/// <summary>
/// Rule that a COR meeting has one deck. It is part of the data model, so no enforcement level applies to it.
/// </summary>
public static class MeetingDeckRules
{
    /// <summary>
    /// Returns the rejection message when the meeting already has another deck, or null when it has none.
    /// <paramref name="movesDeck"/> is true when an Update moves an existing deck to the meeting.
    /// </summary>
    public static string? CheckNoOtherDeck(string meetingName, string? existingDeckName, bool movesDeck)
    {
        if (existingDeckName == null)
        {
            return null;
        }

        var fix = movesDeck
            ? "Choose another meeting for this deck, or delete that deck first."
            : $"Update the deck '{existingDeckName}' instead of adding another, or delete it first.";
        return $"The COR meeting '{meetingName}' already has the deck '{existingDeckName}', "
            + $"and a COR meeting has one deck. {fix}";
    }
}
