namespace Cor.Emulator;

/// <summary>
/// Kind of a step image, with the values of sdkmessageprocessingstepimage.imagetype.
/// </summary>
public enum StepImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
