using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace Cor.Packer.Assemblies;

/// <summary>
/// Table of IL opcodes by value, built from <see cref="OpCodes"/>, used to step through method bodies.
/// </summary>
internal static class IlOpCodes
{
    private static readonly Dictionary<ushort, OpCode> ByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(opCode => unchecked((ushort)opCode.Value));

    public static bool TryGet(ushort value, out OpCode opCode) => ByValue.TryGetValue(value, out opCode);

    /// <summary>
    /// Returns the operand size in bytes; <c>switch</c> is handled by the reader because its size varies.
    /// </summary>
    public static int OperandSize(OperandType operandType) => operandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
