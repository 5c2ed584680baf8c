using Live.Domain.Common;

namespace Live.Server.Apis;

/// <summary>Writes a ProblemDetails answer with a stable "code" from middleware, outside the exception handler.</summary>
public static class ProblemResponses
{
    public static async Task WriteAsync(HttpContext http, string code, int? status = null) =>
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(Context(http, code, status));

    /// <summary>The ProblemDetails for <paramref name="code"/>, with the response status set to match.</summary>
    public static ProblemDetailsContext Context(HttpContext http, string code, int? status = null, Exception? exception = null)
    {
        http.Response.StatusCode = status ?? ProblemMapping.StatusFor(code);
        return new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Type = $"https://live.local/errors/{code}",
                Title = code.Replace('_', ' '),
                Extensions = { ["code"] = code },
            },
        };
    }
}
