using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Live.Domain.Common;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Live.Server.Hubs;

/// <summary>
/// Makes the error of every failed hub call exactly one error code (docs/API.md), as clients of any language can use it.
/// </summary>
/// <remarks>
/// SignalR builds a failed call's error text itself and offers no option for it: a HubException from a filter reaches
/// the client as "An unexpected error occurred invoking 'X' on the server. HubException: code", a wrong-role call as
/// "Failed to invoke 'X' because user is unauthorized", a payload it cannot bind as "Failed to invoke 'X' due to an
/// error on the server.". The protocol is the one public seam every outgoing message passes, so the completion's
/// error is rewritten here, after SignalR chose it and before it is written, for every protocol registered.
/// </remarks>
public sealed partial class ErrorCodeProtocol(IHubProtocol inner) : IHubProtocol
{
    public string Name => inner.Name;
    public int Version => inner.Version;
    public TransferFormat TransferFormat => inner.TransferFormat;
    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        inner.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(Rewrite(message), output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(Rewrite(message));

    private static HubMessage Rewrite(HubMessage message) =>
        message is CompletionMessage { Error: { } error } completion && CodeFor(error) is { } code && code != error
            ? new CompletionMessage(completion.InvocationId!, code, null, false) { Headers = completion.Headers }
            : message;

    /// <summary>The code for SignalR's error text, or null for text that is not one of its invocation failures.</summary>
    public static string? CodeFor(string error)
    {
        if (Failed().Match(error) is { Success: true } failed)
            return failed.Groups["message"] switch
            {
                { Success: false } => ErrorCodes.Unavailable,                    // an exception no filter turned into a code
                { Value: var code } when Code().IsMatch(code) => code,           // our HubException: the code itself
                _ => ErrorCodes.BadRequest,                                      // SignalR's own HubException, e.g. too many streams
            };
        if (Unauthorized().IsMatch(error)) return ErrorCodes.Forbidden;       // SignalR's own [Authorize] refused the caller (methods use [HubRoles]; kept for any [Authorize] added later)
        if (Unbound().IsMatch(error) || UnknownMethod().IsMatch(error)) return ErrorCodes.BadRequest;
        return null;
    }

    [GeneratedRegex(@"^An unexpected error occurred invoking '.*' on the server\.(?: HubException: (?<message>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Failed();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^Failed to invoke '.*' because user is unauthorized$", RegexOptions.Singleline)]
    private static partial Regex Unauthorized();

    [GeneratedRegex(@"^Failed to invoke '.*' due to an error on the server\.", RegexOptions.Singleline)]
    private static partial Regex Unbound();

    [GeneratedRegex(@"^Unknown hub method '.*'$", RegexOptions.Singleline)]
    private static partial Regex UnknownMethod();
}

public static class ErrorCodeProtocolExtensions
{
    /// <summary>Wraps every hub protocol registered so far (JSON by default) in <see cref="ErrorCodeProtocol"/>; call it last.</summary>
    public static ISignalRServerBuilder SendErrorCodes(this ISignalRServerBuilder signalR)
    {
        var services = signalR.Services;
        foreach (var registered in services.Where(d => d.ServiceType == typeof(IHubProtocol)).ToList())
        {
            services.Remove(registered);
            services.AddSingleton<IHubProtocol>(sp => new ErrorCodeProtocol((IHubProtocol)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
        }
        return signalR;
    }
}
