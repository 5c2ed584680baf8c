using Live.Contracts;
using Live.Domain.Common;
using Live.Domain.Survey;
using Live.Grains.Polls;

namespace Live.Grains.Survey;

/// <summary>The wire's survey request as the rules' form.</summary>
internal static class SurveyForms
{
    public static SurveyForm FromRequest(SurveyRequest request) => SurveyForm.Validate(request.Title,
        request.Questions?.Select(q => (q?.Question ?? throw new RuleViolation(ErrorCodes.BadRequest), q.Required))
            .Select(q => (q.Item1.ToInput(), q.Required)).ToList());
}
