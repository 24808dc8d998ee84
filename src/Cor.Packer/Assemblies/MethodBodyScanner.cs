using System;
using System.Collections.Generic;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Cor.Packer.Assemblies;

/// <summary>Steps through the IL of one method body and records every call, <c>newobj</c> and field access.</summary>
internal static class MethodBodyScanner
{
    public static IEnumerable<CallSite> Scan(MetadataReader reader, MethodBodyBlock body, string caller)
    {
        var il = body.GetILReader();
        int? precedingInt = null;
        string? precedingString = null;
        var sites = new List<CallSite>();
        while (il.RemainingBytes > 0)
        {
            var opCode = ReadOpCode(ref il);
            var (loadedInt, loadedString) = (ConstantOf(opCode, ref il), (string?)null);
            if (opCode.OperandType == OperandType.InlineString)
            {
                loadedString = reader.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF));
            }
            else if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var handle = MetadataTokens.EntityHandle(il.ReadInt32());
                var (type, member, signature) = MetadataNames.MemberOf(reader, handle);
                sites.Add(new CallSite(caller, opCode.Name!, type, member, signature, precedingInt, precedingString));
            }
            else if (loadedInt is null)
            {
                SkipOperand(opCode, ref il);
            }

            precedingInt = loadedInt;
            precedingString = loadedString;
        }

        return sites;
    }

    private static OpCode ReadOpCode(ref BlobReader il)
    {
        ushort value = il.ReadByte();
        if (value == 0xFE)
        {
            value = (ushort)(0xFE00 | il.ReadByte());
        }

        return IlOpCodes.TryGet(value, out var opCode)
            ? opCode
            : throw new BadImageFormatException($"Unknown IL opcode 0x{value:X} at offset {il.Offset}.");
    }

    /// <summary>
    /// Returns the integer an <c>ldc.i4</c> form pushes, reading its operand. Null for other opcodes.
    /// </summary>
    private static int? ConstantOf(OpCode opCode, ref BlobReader il)
    {
        if (opCode == OpCodes.Ldc_I4_S)
        {
            return il.ReadSByte();
        }

        if (opCode == OpCodes.Ldc_I4)
        {
            return il.ReadInt32();
        }

        var shortForms = new[]
        {
            OpCodes.Ldc_I4_M1, OpCodes.Ldc_I4_0, OpCodes.Ldc_I4_1, OpCodes.Ldc_I4_2, OpCodes.Ldc_I4_3,
            OpCodes.Ldc_I4_4, OpCodes.Ldc_I4_5, OpCodes.Ldc_I4_6, OpCodes.Ldc_I4_7, OpCodes.Ldc_I4_8,
        };
        var index = Array.IndexOf(shortForms, opCode);
        return index < 0 ? null : index - 1;
    }

    private static void SkipOperand(OpCode opCode, ref BlobReader il)
    {
        if (opCode.OperandType == OperandType.InlineSwitch)
        {
            var count = il.ReadInt32();
            il.Offset += count * 4;
            return;
        }

        il.Offset += IlOpCodes.OperandSize(opCode.OperandType);
    }
}
