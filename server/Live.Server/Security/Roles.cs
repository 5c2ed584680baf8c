namespace Live.Server.Security;

/// <summary>Who a credential speaks for. Each hub method and endpoint names the roles it allows.</summary>
public static class Roles
{
    public const string Host = "host";
    public const string Screen = "screen";
    public const string Attendee = "attendee";
    public const string Device = "device";
}

/// <summary>Claim types carried by a Live credential.</summary>
public static class LiveClaims
{
    public const string Session = "live:session";
    public const string Device = "live:device";
    public const string Mode = "live:mode";
    public const string Nickname = "live:nickname";
}
