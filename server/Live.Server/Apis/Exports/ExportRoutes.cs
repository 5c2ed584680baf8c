namespace Live.Server.Apis.Exports;

/// <summary>Every export is offered twice, as CSV and as XLSX (Excel and WPS open CSV with mangled Chinese and long numbers).</summary>
public static class ExportRoutes
{
    /// <summary>
    /// Maps <c>{path}.csv</c> and <c>{path}.xlsx</c> to one handler returning an <see cref="ExportFile"/>: both routes run
    /// the same parameters, access checks and table, and differ only in how the table is written.
    /// </summary>
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder api, string path, Delegate handler)
    {
        api.MapGet(path + ".csv", handler).AddEndpointFilter(Written(file => file.Sheet.ToCsvResult(file.Name + ".csv")))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet(path + ".xlsx", handler).AddEndpointFilter(Written(file => file.Sheet.ToXlsxResult(file.Name + ".xlsx")))
            .Produces(StatusCodes.Status200OK, contentType: XlsxWriter.ContentType);
        return api;
    }

    private static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Written(Func<ExportFile, IResult> write) =>
        async (context, next) => await next(context) is ExportFile file ? write(file) : throw new InvalidOperationException("an export handler must return an ExportFile");
}
