namespace Cor.Rules.Decks;

/// <summary>
/// Status of a deck, with the option values of cor_deck.cor_deckstatus.
/// </summary>
public enum DeckStatus
{
    Draft = 107350000,
    Ready = 107350001,
}
