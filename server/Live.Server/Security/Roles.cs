namespace Live.Server.Security;

/// <summary>Who a credential speaks for. Each hub method and endpoint names the roles it allows.</summary>
public static class Roles
{
    public const string Host = "host";
    /// <summary>Screens questions and 弹幕 and staffs the check-in desk; cannot run polls or the draw, or rotate links.</summary>
    public const string Moderator = "moderator";
    public const string Screen = "screen";
    public const string Attendee = "attendee";
    public const string Device = "device";

    public const string HostOrModerator = $"{Host},{Moderator}";
    public const string Everyone = $"{Host},{Moderator},{Screen},{Attendee}";
}

/// <summary>Claim types carried by a Live credential.</summary>
public static class LiveClaims
{
    public const string Session = "live:session";
    public const string Device = "live:device";
    public const string Mode = "live:mode";
    public const string Nickname = "live:nickname";
    public const string Generation = "live:gen";
}
