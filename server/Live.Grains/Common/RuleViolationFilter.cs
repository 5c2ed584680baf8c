using Live.Contracts;
using Live.Domain.Common;

namespace Live.Grains.Common;

/// <summary>
/// Rules throw <see cref="RuleViolation"/>, a plain exception Orleans cannot carry; this turns it into a
/// <see cref="LiveException"/> at the grain boundary, in one place instead of in every grain method.
/// </summary>
public sealed class RuleViolationFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (RuleViolation violation)
        {
            throw new LiveException(violation.Code);
        }
    }
}
