using Microsoft.AspNetCore.Http.Metadata;

namespace Live.Server.Hosting;

/// <summary>
/// An endpoint's own request body limit (instead of Security:MaxRequestBodyBytes) and the code a body over it is
/// refused with, 413 either way: declared too long before anything reads it, or found too long while reading.
/// </summary>
public sealed record BodySizeLimit(long? MaxRequestBodySize, string TooLargeCode) : IRequestSizeLimitMetadata
{
    /// <summary>The code for a body over the limit of <paramref name="endpoint"/> (the one the request was routed to).</summary>
    public static string CodeFor(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<BodySizeLimit>()?.TooLargeCode ?? Live.Domain.Common.ErrorCodes.MessageTooLarge;
}
