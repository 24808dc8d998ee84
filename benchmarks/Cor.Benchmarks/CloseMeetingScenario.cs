using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Benchmarks;

/// <summary>
/// Records of the close benchmark: a Confirmed meeting with a customer attendee, a summary and 10 next steps.
/// </summary>
public static class CloseMeetingScenario
{
    /// <summary>Creates the meeting and moves it through Planned to Confirmed, and returns its id.</summary>
    public static Guid CreateConfirmedMeeting(
        IOrganizationService service, EntityReference organizer, EntityReference stepOwner, DateTime start)
    {
        var meetingId = service.Create(new Entity("cor_meeting")
        {
            ["cor_name"] = "Northwind Health COR: adoption review",
            ["cor_agenda"] = "1. Adoption since onboarding\n2. Usage insights\n3. Partnership goals",
            ["cor_objectives"] = "Agree on the partnership goals and their KPIs.",
            ["cor_scheduledstart"] = start,
            ["cor_scheduledend"] = start.AddMinutes(60),
            ["cor_organizerid"] = organizer,
            ["cor_summary"] = "Adoption is on track. The customer wants the reporting module next quarter.",
        });
        var meeting = new EntityReference("cor_meeting", meetingId);
        service.Create(new Entity("cor_attendee")
        {
            ["cor_name"] = "Dana Customer",
            ["cor_meetingid"] = meeting,
            ["cor_side"] = new OptionSetValue(107350000),
            ["cor_isrequired"] = true,
            ["cor_confirmedon"] = DateTime.UtcNow,
        });
        for (var i = 1; i <= CloseMeetingBenchmark.NextStepCount; i++)
        {
            service.Create(new Entity("cor_nextstep")
            {
                ["cor_name"] = $"Next step {i}",
                ["cor_description"] = $"Agreed action number {i}.",
                ["cor_duedate"] = start.Date.AddDays(7 + i),
                ["cor_meetingid"] = meeting,
                ["ownerid"] = stepOwner,
            });
        }

        service.Update(Status(meetingId, 0, 107350001));
        service.Update(Status(meetingId, 0, 107350002));
        return meetingId;
    }

    /// <summary>Returns the Update that moves the meeting to Completed (statecode 1, statuscode 2).</summary>
    public static Entity Completed(Guid meetingId) => Status(meetingId, 1, 2);

    private static Entity Status(Guid meetingId, int state, int status) => new("cor_meeting", meetingId)
    {
        ["statecode"] = new OptionSetValue(state),
        ["statuscode"] = new OptionSetValue(status),
    };
}
