using System.Collections.Generic;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Cor.Emulator.Querying;

/// <summary>
/// Collects the parameters of one SQL statement and hands out their names.
/// </summary>
internal sealed class SqlParameters
{
    private readonly List<SqliteParameter> _parameters = new();

    public string Add(object value)
    {
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new SqliteParameter(name, value));
        return name;
    }

    public void CopyTo(SqliteCommand command)
    {
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        }
    }
}
