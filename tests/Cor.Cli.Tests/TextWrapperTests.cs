using System;
using Cor.Cli.Demo.Output;
using Xunit;

namespace Cor.Cli.Tests;

public sealed class TextWrapperTests
{
    [Fact]
    public void Wrap_ShortText_ReturnsOneLine()
    {
        Assert.Equal(new[] { "one two" }, TextWrapper.Wrap("one two", 20));
    }

    [Fact]
    public void Wrap_LongText_BreaksAtSpaces()
    {
        Assert.Equal(new[] { "one two", "three four", "five" }, TextWrapper.Wrap("one two three four five", 10));
    }

    [Fact]
    public void Wrap_WordLongerThanWidth_GetsOwnLine()
    {
        Assert.Equal(new[] { "a", "abcdefghijkl", "b" }, TextWrapper.Wrap("a abcdefghijkl b", 5));
    }

    [Fact]
    public void Wrap_LineBreaks_AreKept()
    {
        Assert.Equal(new[] { "first", "second" }, TextWrapper.Wrap("first\r\nsecond", 40));
    }

    [Fact]
    public void Wrap_ZeroWidth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextWrapper.Wrap("text", 0));
    }
}
