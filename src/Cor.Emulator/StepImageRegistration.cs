using System.Collections.Generic;

namespace Cor.Emulator;

/// <summary>
/// An image registered on a step: the key in PreEntityImages or PostEntityImages, its kind and the columns it holds.
/// An empty column list means all columns.
/// </summary>
public sealed record StepImageRegistration(string Alias, StepImageType ImageType, IReadOnlyList<string> Attributes)
{
    public StepImageRegistration(string alias, StepImageType imageType, params string[] attributes)
        : this(alias, imageType, (IReadOnlyList<string>)attributes)
    {
    }

    public bool IsPreImage => ImageType is StepImageType.PreImage or StepImageType.Both;

    public bool IsPostImage => ImageType is StepImageType.PostImage or StepImageType.Both;
}
