using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Live.Server.Options;

namespace Live.Server.Apis;

/// <summary>
/// Builds the join link the QR code carries. A screen opened as http://localhost would otherwise put
/// "localhost" in the QR, which no phone can reach; so when no Live:PublicUrl is set and the request came to a
/// loopback host, the machine's LAN address is used instead, keeping scheme and port.
/// </summary>
public static class JoinLinks
{
    public static string For(LiveOptions options, HttpRequest request, string code) =>
        $"{Origin(options.PublicUrl, request.Scheme, request.Host, LanAddress)}/j/{code}";

    public static string Origin(string? publicUrl, string scheme, HostString host, Func<IPAddress?> lanAddress)
    {
        if (!string.IsNullOrWhiteSpace(publicUrl)) return publicUrl.TrimEnd('/');
        if (IsLoopback(host.Host) && lanAddress() is { } lan)
            return host.Port is { } port ? $"{scheme}://{lan}:{port}" : $"{scheme}://{lan}";
        return $"{scheme}://{host}";
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The first up, non-loopback IPv4 address of this machine, or null.</summary>
    private static IPAddress? LanAddress() => NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses)
        .Select(a => a.Address)
        .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
