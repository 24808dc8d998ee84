using System;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules.Decks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Decks;

/// <summary>
/// Synchronous PostOperation plugin on Create and Update of cor_deck: a COR meeting has one deck. It rejects a deck
/// whose meeting already has another deck, on Create and when an Update moves the deck to another meeting.
/// </summary>
/// <remarks>
/// It runs after the write, because a CreateMultiple runs the PreOperation step of every record before it stores any
/// of them. Only a query after the write finds two decks of the same request, and the rejection still rolls back the
/// whole request. The check applies at every enforcement level.
/// NOTE: cor_deck has no alternate key on cor_meetingid, because neither the emulator nor the packer's checker reads
/// entity keys, so a key could not be tested here. This step is the only guard against a second deck.
/// </remarks>
public sealed class DeckPlugin : PluginBase
{
    /// <summary>Alias of the linked cor_meeting in the query for another deck.</summary>
    private const string MeetingAlias = "meeting";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var meeting = target.GetAttributeValue<EntityReference>(DeckColumns.MeetingId);
        if (meeting == null)
        {
            context.TraceSkip($"The {context.MessageName} of cor_deck {target.Id} sets no COR meeting.");
            return;
        }

        var deckId = target.Id != Guid.Empty ? target.Id : context.ExecutionContext.PrimaryEntityId;
        var otherDeck = ReadOtherDeck(context.OrganizationService, meeting.Id, deckId);
        var otherDeckName = otherDeck == null ? null
            : otherDeck.GetAttributeValue<string>(DeckColumns.Name) ?? otherDeck.Id.ToString();
        var linkedName = otherDeck?.GetAttributeValue<AliasedValue>(MeetingAlias + "." + MeetingColumns.Name);
        var meetingName = linkedName?.Value as string ?? meeting.Id.ToString();
        var movesDeck = context.MessageName == MessageNames.Update;
        var message = MeetingDeckRules.CheckNoOtherDeck(meetingName, otherDeckName, movesDeck);
        if (message != null)
        {
            throw new InvalidPluginExecutionException(message);
        }
    }

    /// <summary>
    /// Returns a deck of the meeting other than the one being saved, with the meeting's name, or null when the
    /// meeting has no other deck. One query.
    /// </summary>
    private static Entity? ReadOtherDeck(IOrganizationService service, Guid meetingId, Guid deckId)
    {
        var query = new QueryExpression(DeckColumns.Table)
        {
            ColumnSet = new ColumnSet(DeckColumns.Name),
            TopCount = 1,
        };
        query.Criteria.AddCondition(DeckColumns.MeetingId, ConditionOperator.Equal, meetingId);
        query.Criteria.AddCondition(DeckColumns.Id, ConditionOperator.NotEqual, deckId);
        var link = query.AddLink(MeetingColumns.Table, DeckColumns.MeetingId, MeetingColumns.Id);
        link.EntityAlias = MeetingAlias;
        link.Columns = new ColumnSet(MeetingColumns.Name);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
