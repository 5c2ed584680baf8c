using Live.Contracts;
using Live.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Live.Server.Apis;

/// <summary>Every REST failure becomes ProblemDetails carrying a stable "code" (docs/API.md).</summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var code = exception switch
        {
            RuleViolation v => v.Code,
            LiveException l => l.Code,
            // the handler runs with the endpoint cleared; the feature keeps the one the request was routed to
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Hosting.BodySizeLimit.CodeFor(http.Features.Get<IExceptionHandlerFeature>()?.Endpoint),
            BadHttpRequestException => ErrorCodes.BadRequest,
            _ => null,
        };
        if (code is null) logger.LogError(exception, "Unhandled failure on {Path}", http.Request.Path);
        code ??= ErrorCodes.Unavailable;

        return await problems.TryWriteAsync(ProblemResponses.Context(http, code, exception: exception));
    }

    public static int StatusFor(string code) => code switch
    {
        ErrorCodes.SessionNotFound or ErrorCodes.PollNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.FileTooLarge or ErrorCodes.MessageTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.OriginNotAllowed => StatusCodes.Status403Forbidden,
        ErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        ErrorCodes.CredentialRevoked => StatusCodes.Status401Unauthorized,
        ErrorCodes.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}

public static class ApiStatusProblems
{
    /// <summary>
    /// The framework's own refusals under /api (no such route, a method the route does not take, an unsupported
    /// content type, a challenge) otherwise go out with an empty body; they get the same ProblemDetails and code.
    /// </summary>
    /// <remarks>
    /// Only /api requests pass through the status-code middleware: it awaits the rest of the pipeline, so on the hub
    /// path it would hold a state machine for every open connection (docs/PERFORMANCE.md, idle memory).
    /// </remarks>
    public static IApplicationBuilder UseApiStatusProblems(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(async context =>
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var code = status switch
        {
            StatusCodes.Status401Unauthorized => ErrorCodes.Unauthorized,
            StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
            StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
            >= 500 => ErrorCodes.Unavailable,
            _ => ErrorCodes.BadRequest,
        };
        await ProblemResponses.WriteAsync(http, code, status);
    }));
}
