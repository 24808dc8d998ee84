using System.Collections.Generic;

namespace Cor.Emulator.Metadata;

/// <summary>
/// Metadata of the system tables a COR solution uses, with the columns that the solution and its tests touch.
/// A solution's Entity.xml for one of these tables adds columns to it.
/// </summary>
internal static class BuiltInTables
{
    public static IEnumerable<TableMetadata> Create()
    {
        yield return Account();
        yield return Contact();
        yield return SystemUser();
        yield return Team();
        yield return BusinessUnit();
        yield return Task();
        yield return EnvironmentVariableDefinition();
        yield return EnvironmentVariableValue();
    }

    private static TableMetadata Account() =>
        new TableBuilder("account", "accountid", TableOwnership.UserOwned)
            .Name("name", 160)
            .Column("accountnumber", ColumnType.String, 20)
            .Column("telephone1", ColumnType.String, 50)
            .Column("emailaddress1", ColumnType.String, 100)
            .Column("websiteurl", ColumnType.String, 200)
            .Column("address1_city", ColumnType.String, 80)
            .Column("description", ColumnType.Memo, 2000)
            .Column("revenue", ColumnType.Money)
            .Column("numberofemployees", ColumnType.Integer)
            .Column("industrycode", ColumnType.Picklist)
            .Column("customertypecode", ColumnType.Picklist)
            .Lookup("primarycontactid", "contact")
            .Lookup("parentaccountid", "account")
            .States((0, 1), (1, 2))
            .Build();

    private static TableMetadata Contact()
    {
        var table = new TableBuilder("contact", "contactid", TableOwnership.UserOwned)
            .Column("firstname", ColumnType.String, 50)
            .Column("lastname", ColumnType.String, 50)
            .Column("emailaddress1", ColumnType.String, 100)
            .Column("jobtitle", ColumnType.String, 100)
            .Column("telephone1", ColumnType.String, 50)
            .Column("description", ColumnType.Memo, 2000)
            .Column("birthdate", ColumnType.DateTime)
            .Customer("parentcustomerid")
            .States((0, 1), (1, 2))
            .Build();
        table.AddColumn(new ColumnMetadata("fullname", ColumnType.String) { MaxLength = 160 });
        table.PrimaryNameAttribute = "fullname";
        return table;
    }

    private static TableMetadata SystemUser()
    {
        var table = new TableBuilder("systemuser", "systemuserid", TableOwnership.BusinessOwned)
            .Column("firstname", ColumnType.String, 64)
            .Column("lastname", ColumnType.String, 64)
            .Column("domainname", ColumnType.String, 1024)
            .Column("internalemailaddress", ColumnType.String, 100)
            .Column("title", ColumnType.String, 128)
            .Column("isdisabled", ColumnType.Boolean)
            .Build();
        table.AddColumn(new ColumnMetadata("fullname", ColumnType.String) { MaxLength = 200 });
        table.PrimaryNameAttribute = "fullname";
        return table;
    }

    private static TableMetadata Team() =>
        new TableBuilder("team", "teamid", TableOwnership.BusinessOwned)
            .Name("name", 160)
            .Column("teamtype", ColumnType.Picklist)
            .Column("description", ColumnType.Memo, 2000)
            .Lookup("administratorid", "systemuser")
            .Build();

    private static TableMetadata BusinessUnit() =>
        new TableBuilder("businessunit", "businessunitid", TableOwnership.OrganizationOwned)
            .Name("name", 160)
            .Lookup("parentbusinessunitid", "businessunit")
            .Build();

    /// <summary>
    /// Task, an activity table: its primary key is activityid and its states are Open, Completed and Canceled.
    /// </summary>
    private static TableMetadata Task()
    {
        var table = new TableBuilder("task", "activityid", TableOwnership.UserOwned)
            .Name("subject", 200)
            .Column("description", ColumnType.Memo, 2000)
            .Column("scheduledstart", ColumnType.DateTime)
            .Column("scheduledend", ColumnType.DateTime)
            .Column("actualstart", ColumnType.DateTime)
            .Column("actualend", ColumnType.DateTime)
            .Column("actualdurationminutes", ColumnType.Integer)
            .Column("percentcomplete", ColumnType.Integer)
            .Column("prioritycode", ColumnType.Picklist)
            .Lookup("regardingobjectid")
            .States((0, 2), (1, 5), (2, 6))
            .Build();
        table.SetStatusState(3, 0);
        table.SetStatusState(4, 0);
        table.SetStatusState(7, 0);
        return table;
    }

    private static TableMetadata EnvironmentVariableDefinition() =>
        new TableBuilder("environmentvariabledefinition", "environmentvariabledefinitionid", TableOwnership.UserOwned)
            .Column("schemaname", ColumnType.String, 100)
            .Name("displayname", 100)
            .Column("defaultvalue", ColumnType.Memo, 2000)
            .Column("description", ColumnType.Memo, 2000)
            .Column("type", ColumnType.Picklist)
            .Column("isrequired", ColumnType.Boolean)
            .States((0, 1), (1, 2))
            .Build();

    private static TableMetadata EnvironmentVariableValue() =>
        new TableBuilder("environmentvariablevalue", "environmentvariablevalueid", TableOwnership.UserOwned)
            .Name("schemaname", 100)
            .Column("value", ColumnType.Memo, 2000)
            .Lookup("environmentvariabledefinitionid", "environmentvariabledefinition")
            .States((0, 1), (1, 2))
            .Build();
}
