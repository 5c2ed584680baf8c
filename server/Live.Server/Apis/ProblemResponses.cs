using Live.Domain.Common;

namespace Live.Server.Apis;

/// <summary>Writes a ProblemDetails answer with a stable "code" from middleware, outside the exception handler.</summary>
public static class ProblemResponses
{
    public static async Task WriteAsync(HttpContext http, string code, int? status = null)
    {
        http.Response.StatusCode = status ?? ProblemMapping.StatusFor(code);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Type = $"https://live.local/errors/{code}",
                Title = code.Replace('_', ' '),
                Extensions = { ["code"] = code },
            },
        });
    }
}
