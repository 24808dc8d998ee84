using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Builds a step's pre- and post-images from the full records captured around the main operation.
/// </summary>
internal static class ImageBuilder
{
    public static EntityImageCollection PreImages(PluginStep step, OperationRecord record, int stage, MessageOperation operation)
    {
        var images = new EntityImageCollection();
        if (!operation.SupportsPreImage || stage < (int)PipelineStage.PreOperation || record.PreImage is null)
        {
            return images;
        }

        foreach (var image in step.Registration.Images.Where(i => i.IsPreImage))
        {
            images[image.Alias] = Project(record.PreImage, image.Attributes);
        }

        return images;
    }

    public static EntityImageCollection PostImages(PluginStep step, OperationRecord record, int stage, MessageOperation operation)
    {
        var images = new EntityImageCollection();
        if (!operation.SupportsPostImage || stage != (int)PipelineStage.PostOperation || record.PostImage is null)
        {
            return images;
        }

        foreach (var image in step.Registration.Images.Where(i => i.IsPostImage))
        {
            images[image.Alias] = Project(record.PostImage, image.Attributes);
        }

        return images;
    }

    public static bool NeedsImages(IEnumerable<PluginStep> steps, bool pre) =>
        steps.Any(s => s.Registration.Images.Any(i => pre ? i.IsPreImage : i.IsPostImage));

    /// <summary>Copies the chosen columns of a record (all when none are listed) into a new entity.</summary>
    private static Entity Project(Entity record, IReadOnlyList<string> attributes)
    {
        var image = new Entity(record.LogicalName, record.Id);
        var wanted = attributes.Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).ToHashSet();
        foreach (var attribute in record.Attributes)
        {
            if (wanted.Count == 0 || wanted.Contains(attribute.Key))
            {
                image[attribute.Key] = attribute.Value;
            }
        }

        return image;
    }
}
