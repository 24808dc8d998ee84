using System;
using Cor.Plugins.Framework;
using Cor.Rules;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Meetings;

/// <summary>
/// PreOperation plugin on Delete of cor_attendee: a Planned or Confirmed meeting keeps at least one customer-side
/// attendee, at the level of cor_CustomerAttendeeRuleLevel. At Record, it stamps the meeting's cor_attendeebreachedon.
/// </summary>
public sealed class AttendeeDeletePlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the Delete step registers.</summary>
    public const string PreImageAlias = "PreImage";

    private const string PreImageColumns = AttendeeColumns.MeetingId + "," + AttendeeColumns.Name;

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var preImage = context.GetRequiredPreImage(PreImageAlias, PreImageColumns);
        var meetingId = preImage.GetAttributeValue<EntityReference>(AttendeeColumns.MeetingId)?.Id;
        if (meetingId is not Guid id)
        {
            context.TraceSkip($"cor_attendee {context.ExecutionContext.PrimaryEntityId} belongs to no meeting.");
            return;
        }

        var settings = CorSettingsLoader.Load(context);
        if (!settings.IsChecked(RuleId.CustomerAttendee))
        {
            context.TraceSkip("The rule CustomerAttendee is Off.");
            return;
        }

        var service = context.OrganizationService;
        var meeting = StoredMeeting.Read(service, id, MeetingColumns.AttendeeBreachedOn);
        if (meeting?.Status is not (MeetingStatus.Planned or MeetingStatus.Confirmed))
        {
            context.TraceSkip($"cor_meeting {id} is not Planned or Confirmed, so it may lose its customer attendees.");
            return;
        }

        var attendeeId = context.ExecutionContext.PrimaryEntityId;
        var remaining = MeetingChildReader.ReadAttendeesExcept(service, id, attendeeId);
        var name = preImage.GetAttributeValue<string>(AttendeeColumns.Name) ?? attendeeId.ToString();
        var violation = PlanningRules.CheckCustomerAttendeeKept(name, remaining);
        var enforcement = Enforcement.Decide(new[] { violation }, settings);
        var meetingReference = new EntityReference(MeetingColumns.Table, id);
        var column = BreachColumn.OnRecord(
            RuleId.CustomerAttendee,
            meetingReference,
            MeetingColumns.AttendeeBreachedOn,
            meeting.BreachedOn(MeetingColumns.AttendeeBreachedOn));
        var deleted = new Entity(AttendeeColumns.Table, attendeeId);
        RuleEnforcer.Apply(context, deleted, enforcement, context.ExecutionContext.OperationCreatedOn, new[] { column });
    }
}
